package proclab.mp.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SocketChannel;

import proclab.mp.internal.TreeDirectory;

/**
 * Connects to a {@link Listener}: Python's {@code multiprocessing.connection.Client}.
 *
 * <pre>{@code
 * try (SocketConnection conn = Client.connect(address)) {
 *     conn.send("hello");
 *     String answer = conn.recv();
 * }
 * }</pre>
 *
 * <p>Both sides prove that they know the authentication key before anything else is sent; by
 * default it is the process tree's own key, which every process of the tree has and no other
 * process can read.
 */
public final class Client {
    private Client() {
    }

    /** Connects to the listener at {@code address} with the process tree's authentication key. */
    public static SocketConnection connect(String address) {
        return connect(address, TreeDirectory.get().authkey());
    }

    /**
     * Connects with the given key. An {@link proclab.mp.AuthenticationError} says that the
     * listener holds another key; an {@link UncheckedIOException} that nothing listens there.
     */
    public static SocketConnection connect(String address, byte[] authkey) {
        Handshake handshake = new Handshake(authkey, Handshake.TIMEOUT);
        SocketChannel channel;
        try {
            channel = LocalSockets.openClient();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a socket to connect to " + address + ": " + e.getMessage(), e);
        }
        try {
            channel.connect(LocalSockets.address(address));
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("could not connect to " + address + ": " + e.getMessage()
                    + " (is a Listener open there, in this process tree?)", e);
        }
        SocketConnection connection = new SocketConnection(channel, "the connection to " + address);
        try {
            handshake.asClient(connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // it never carried anything
        }
    }
}
