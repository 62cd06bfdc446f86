package proclab.chat.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The problem of this lesson: a server that talks to its clients in its own process can talk to
 * only one client at a time. Ann and Bob both connect; Bob gets no answer until Ann leaves.
 */
public final class OneAtATimeDemo {
    private static final long PID = ProcessHandle.current().pid();

    public static void main(String[] args) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> serveOneByOne(listener), "server");
            server.setDaemon(true);
            server.start();
            System.out.println("A server in one process (pid " + PID + "). It talks to one client at a time.");

            Client ann = new Client("ann", listener.getLocalPort());
            ann.say("hello");
            ann.printAnswer(5000);

            Client bob = new Client("bob", listener.getLocalPort());
            bob.say("hello");
            bob.printAnswer(2000);

            ann.say("bye");
            ann.printAnswer(5000);
            bob.printAnswer(5000);
            bob.say("bye");
            bob.printAnswer(5000);
            System.out.println("Every answer came from pid " + PID + ", the server itself. Bob waited until Ann left.");
        }
    }

    /** Accepts a client, talks to it until it says bye, and only then accepts the next one. */
    private static void serveOneByOne(ServerSocket listener) {
        while (true) {
            try (Socket client = listener.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
                String line;
                while ((line = in.readLine()) != null && !line.equals("bye")) {
                    out.println("[pid " + PID + "] " + line.toUpperCase(Locale.ROOT));
                }
                out.println("bye");
            } catch (IOException e) {
                return;
            }
        }
    }

    private static final class Client {
        private final String name;
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Client(String name, int port) throws IOException {
            this.name = name;
            this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            this.out = socket.getOutputStream();
            System.out.println(name + " connects");
        }

        void say(String line) throws IOException {
            System.out.println(name + " says " + line);
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void printAnswer(int waitMillis) throws IOException {
            socket.setSoTimeout(waitMillis);
            try {
                System.out.println("  " + name + " gets: " + in.readLine());
            } catch (SocketTimeoutException e) {
                System.out.println("  " + name + " has no answer after " + waitMillis / 1000 + " s: the server is busy with someone else");
            }
        }
    }
}
