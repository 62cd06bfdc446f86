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

    public static void main(String[] args) throws IOException {
        try (Socket server = new Socket(args[0], Integer.parseInt(args[1]))) {
            BufferedReader typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            BufferedReader received = new BufferedReader(
                    new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = server.getOutputStream();
            String line;
            while ((line = typed.readLine()) != null) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = received.readLine();
                if (answer == null) {
                    break;
                }
                System.out.println(answer);
            }
            System.out.println("(the server closed the connection)");
        }
    }
}
