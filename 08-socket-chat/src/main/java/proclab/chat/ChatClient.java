package proclab.chat;

import java.io.IOException;

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
        // TODO 4: connect to args[0] port args[1]; send what is typed and print what comes, at the same time.
        throw new UnsupportedOperationException("TODO 4: send typed lines and print the server's lines at the same time");
    }
}
