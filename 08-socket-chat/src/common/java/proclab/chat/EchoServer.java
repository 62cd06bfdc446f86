package proclab.chat;

import java.io.IOException;

/**
 * The echo server: each client gets a handler process that answers every line (task 1).
 * Run it with a port, or with 0 for any free port:
 * {@code java -cp 08-socket-chat/target/classes:mp/target/classes proclab.chat.EchoServer 9595}.
 */
public final class EchoServer {
    private EchoServer() {
    }

    public static void main(String[] args) throws IOException {
        ServerProgram.run(args, EchoHandler::talk);
    }
}
