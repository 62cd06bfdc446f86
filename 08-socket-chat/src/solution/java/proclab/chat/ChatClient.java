package proclab.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Task 4: the chat client. {@code ChatClient HOST PORT} */
public final class ChatClient {
    private ChatClient() {
    }

    /**
     * Connects to the server. Sends each line typed on standard input; prints each line the server
     * sends, as soon as it comes. When the input ends, it tells the server it will send no more and
     * still prints what the server sends. When the server closes the connection, it prints
     * {@code (the server closed the connection)} and ends, even while waiting for input.
     */
    public static void main(String[] args) throws IOException {
        try (Socket server = new Socket(args[0], Integer.parseInt(args[1]))) {
            Thread typing = new Thread(() -> sendTyped(server), "typing");
            typing.setDaemon(true); // it may still wait for a line when the server has gone
            typing.start();
            printReceived(server);
            System.out.println("(the server closed the connection)");
        }
    }

    private static void sendTyped(Socket server) {
        try {
            BufferedReader typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            OutputStream out = server.getOutputStream();
            String line;
            while ((line = typed.readLine()) != null) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            server.shutdownOutput(); // the server reads end of stream; we still read its answers
        } catch (IOException e) {
            // the connection is gone: the main thread notices it too
        }
    }

    private static void printReceived(Socket server) {
        try {
            BufferedReader received = new BufferedReader(
                    new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = received.readLine()) != null) {
                System.out.println(line);
            }
        } catch (IOException e) {
            // the connection broke: the same as closed
        }
    }
}
