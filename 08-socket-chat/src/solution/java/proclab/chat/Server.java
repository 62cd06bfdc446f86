package proclab.chat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

import proclab.mp.Connection;
import proclab.mp.Process;

/** Task 2: a server that gives each client a handler process of its own. */
public final class Server {
    private Server() {
    }

    /**
     * Accepts clients for ever. For client N it makes a {@link Line}, starts a process
     * {@code handler-N} that runs {@code conversation} on the handler's two ends, closes its own
     * copies of them, hands the process to {@code reaper}, and relays between the client's socket
     * and the line. It prints
     * {@code handler-N (pid PID) serves /ADDRESS:PORT}.
     */
    public static void serve(ServerSocket listener, Conversation conversation, Reaper reaper) throws IOException {
        for (int number = 1; ; number++) {
            Socket client = listener.accept();
            Line line = new Line();
            Connection receives = line.handlerReceives();
            Connection sends = line.handlerSends();
            Process handler = new Process("handler-" + number, () -> conversation.talk(receives, sends));
            handler.start();
            // The handler has its own copies now. Ours would keep the line open after it has ended.
            receives.close();
            sends.close();
            reaper.add(handler);
            line.relay(client);
            System.out.println(handler.name() + " (pid " + handler.pid() + ") serves " + client.getRemoteSocketAddress());
        }
    }
}
