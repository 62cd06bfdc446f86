package proclab.chat;

import proclab.mp.Connection;

/** Task 1: the conversation of the echo server. It runs in a handler process, one per client. */
public final class EchoHandler {
    private EchoHandler() {
    }

    /**
     * Answers each line from the client with {@code [pid PID] LINE IN UPPER CASE}, where PID is the
     * handler's own pid. On {@code bye} it answers {@code bye} and ends. It also ends, quietly, when
     * the client leaves: then {@code recv()} throws {@link proclab.mp.EOFError}.
     */
    public static void talk(Connection fromClient, Connection toClient) {
        // TODO 1: receive each line with fromClient.recv() and send the answer with toClient.send(...).
        //  End after "bye", and end quietly (no exception) when recv() throws EOFError.
        throw new UnsupportedOperationException("TODO 1: answer each line of the client in the handler process");
    }
}
