package proclab.mp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import proclab.mp.connection.Client;
import proclab.mp.connection.SocketConnection;
import proclab.mp.internal.manager.Wire;

/**
 * The proxies' side of the calls to a manager. Each thread has its own connection to each
 * manager, opened at its first call, as in Python: the manager serves each connection on a
 * thread of its own, so an RLock is held by a thread and a blocked call blocks only its thread.
 */
final class ManagerClient {
    private static final ThreadLocal<Map<String, SocketConnection>> OWN = ThreadLocal.withInitial(HashMap::new);
    /** Every connection of this process, by manager address, to close when the manager shuts down. */
    private static final Map<String, Set<SocketConnection>> ALL = new ConcurrentHashMap<>();

    private ManagerClient() {
    }

    static Object call(Token token, String method, Object[] arguments) {
        byte[] request = Wire.request(token.id(), method, arguments, token.name() + "." + method);
        SocketConnection connection = connection(token);
        byte[] reply;
        try {
            connection.sendBytes(request);
            reply = connection.recvBytes();
        } catch (RuntimeException e) {
            connection.close();
            throw notRunning(token, e);
        }
        return Wire.result(reply);
    }

    /** This thread's connection to the token's manager, opened if it has none (or the one it had broke). */
    static SocketConnection connection(Token token) {
        Map<String, SocketConnection> own = OWN.get();
        SocketConnection connection = own.get(token.address());
        if (connection == null || connection.isClosed()) {
            try {
                connection = Client.connect(token.address());
            } catch (AuthenticationError e) {
                throw e;
            } catch (RuntimeException e) {
                throw notRunning(token, e);
            }
            own.put(token.address(), connection);
            ALL.computeIfAbsent(token.address(), address -> ConcurrentHashMap.newKeySet()).add(connection);
        }
        return connection;
    }

    /** Closes every connection of this process to the manager at {@code address}. */
    static void closeAll(String address) {
        Set<SocketConnection> connections = ALL.remove(address);
        if (connections != null) {
            connections.forEach(SocketConnection::close);
        }
        OWN.get().remove(address);
    }

    private static IllegalStateException notRunning(Token token, RuntimeException cause) {
        if (Thread.currentThread().isInterrupted()) {
            return new IllegalStateException("interrupted while calling " + token.name()
                    + ": the call was abandoned", cause);
        }
        return new IllegalStateException("cannot use " + token.name() + ": its manager " + token.manager()
                + " is not running (it was shut down, or its process ended). Use a manager's objects only while"
                + " it runs, inside its try-with-resources block", cause);
    }
}
