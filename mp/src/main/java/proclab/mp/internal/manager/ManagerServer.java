package proclab.mp.internal.manager;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import proclab.mp.Process;
import proclab.mp.connection.Listener;
import proclab.mp.connection.SocketConnection;

/**
 * The server of a {@link proclab.mp.Manager}: what the manager's process runs. It accepts
 * authenticated connections and serves each on a thread of its own, until a client asks it to
 * shut down.
 *
 * <p>Trust follows Python's: a peer that has not proved it knows the tree's key gets nothing
 * deserialized and is disconnected; a peer that has proved it is a process of the tree, whose
 * values are deserialized here.
 */
public final class ManagerServer {
    private final Listener listener;
    private final SharedObjects objects;
    private final String name;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sessionCount = new AtomicInteger();
    private volatile boolean stopping;

    private ManagerServer(Listener listener, String name) {
        this.listener = listener;
        this.name = name;
        this.objects = new SharedObjects(name);
    }

    /** Serves at {@code address} until a client asks for shutdown; the body of a manager's process. */
    public static void serve(String address) {
        try (Listener listener = new Listener(address)) {
            new ManagerServer(listener, Process.currentProcess().name()).acceptUntilStopped();
        }
    }

    private void acceptUntilStopped() {
        while (!stopping) {
            SocketConnection connection;
            try {
                connection = listener.accept();
            } catch (IllegalStateException closed) {
                break;
            }
            Session session = new Session(connection, objects, this);
            sessions.add(session);
            Thread thread = new Thread(session, "mp-manager-session-" + sessionCount.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
        }
        sessions.forEach(Session::close);
    }

    /** Stops accepting; {@link #serve} then ends every connection and returns. */
    void stop() {
        stopping = true;
        listener.close();
    }

    void ended(Session session) {
        sessions.remove(session);
    }

    @Override
    public String toString() {
        return name;
    }
}
