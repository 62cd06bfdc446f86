package proclab.chat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

import proclab.mp.Connection;

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
            Thread handler = new Thread(() -> {
                try {
                    conversation.talk(receives, sends);
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }, "handler-" + number);
            handler.start();
            line.relay(client);
            System.out.println(handler.getName() + " serves " + client.getRemoteSocketAddress());
        }
    }
}
