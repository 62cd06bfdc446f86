package proclab.chat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The part of a server program that is the same for every server of the lesson: it listens on a
 * port, says which one, reaps ended handlers a few times a second, and lets {@link Server} serve.
 *
 * <p>The port is the first argument. Port 0 asks the system for any free port; the program prints
 * the port it got ({@code listening on port 41873}), so tests and many servers never collide.
 */
public final class ServerProgram {
    private static final long REAP_EVERY_MILLIS = 100;

    private ServerProgram() {
    }

    public static void run(String[] args, Conversation conversation) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Reaper reaper = new Reaper();
        try (ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("listening on port " + listener.getLocalPort());
            startReaping(reaper);
            Server.serve(listener, conversation, reaper);
        }
    }

    /** A thread that reaps ended handlers and prints a line for each. */
    private static void startReaping(Reaper reaper) {
        Thread thread = new Thread(() -> {
            while (true) {
                reaper.reap().forEach(System.out::println);
                try {
                    Thread.sleep(REAP_EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "reaper");
        thread.setDaemon(true);
        thread.start();
    }
}
