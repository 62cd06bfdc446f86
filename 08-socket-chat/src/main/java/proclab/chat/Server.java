package proclab.chat;

import java.io.IOException;
import java.net.ServerSocket;

/** Task 2: a server that gives each client a handler process of its own. */
public final class Server {
    private Server() {
    }

    /**
     * Accepts clients for ever. For client N it makes a {@link Line}, starts a process
     * {@code handler-N} that runs {@code conversation} on the handler's two ends, closes its own
     * copies of them, hands the process to {@code reaper}, and relays between the client's socket
     * and the line. It prints {@code handler-N (pid PID) serves /ADDRESS:PORT}.
     */
    public static void serve(ServerSocket listener, Conversation conversation, Reaper reaper) throws IOException {
        // TODO 2: accept each client and start a handler process for it; the server itself only relays.
        throw new UnsupportedOperationException("TODO 2: start a handler process for each client");
    }
}
