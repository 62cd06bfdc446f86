package proclab.chat;

import java.net.Socket;

import proclab.mp.Connection;
import proclab.mp.Pipe;

/**
 * The line between the server and one handler process: two one-way pipes. One carries what the
 * client says to the handler, the other carries the handler's answers back. Two pipes, not one,
 * so that a client can stop talking (the handler reads end of file) and still get its answers.
 *
 * <p>The handler gets two ends: {@link #handlerReceives()} and {@link #handlerSends()}. The
 * server keeps the other two, and {@link #relay(Socket)} connects them to the client's socket.
 */
public final class Line {
    /** Receives on first(), sends on second(). */
    private final Pipe toHandler = new Pipe(false);
    private final Pipe toClient = new Pipe(false);

    /** The end on which the handler receives what its client says. */
    public Connection handlerReceives() {
        return toHandler.first();
    }

    /** The end on which the handler sends lines to its client. */
    public Connection handlerSends() {
        return toClient.second();
    }

    /** Starts relaying between the client's socket and the server's two ends (see {@link Relay}). */
    public void relay(Socket client) {
        Relay.start(client, toHandler.second(), toClient.first());
    }
}
