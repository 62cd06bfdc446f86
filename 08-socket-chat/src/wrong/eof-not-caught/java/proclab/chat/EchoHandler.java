package proclab.chat;

import java.util.Locale;

import proclab.mp.Connection;

/** Task 1: the conversation of the echo server. It runs in a handler process, one per client. */
public final class EchoHandler {
    private EchoHandler() {
    }

    /**
     * Answers each line from the client with {@code [pid PID] LINE IN UPPER CASE}, where PID is the
     * handler's own pid. On {@code bye} it answers {@code bye} and ends. It also ends, quietly, when
     * the client leaves: then {@code recv()} throws {@link EOFError}.
     */
    public static void talk(Connection fromClient, Connection toClient) {
        long pid = ProcessHandle.current().pid();
        while (true) {
            String line = fromClient.recv();
            if (line.equals("bye")) {
                toClient.send("bye");
                return;
            }
            toClient.send("[pid " + pid + "] " + line.toUpperCase(Locale.ROOT));
        }
    }
}
