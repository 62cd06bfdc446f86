package proclab.mp.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import proclab.mp.internal.TreeDirectory;

/**
 * Waits for processes to connect, on a Unix domain socket: Python's
 * {@code multiprocessing.connection.Listener}.
 *
 * <pre>{@code
 * try (Listener listener = new Listener()) {
 *     String address = listener.address();          // give it to a child
 *     try (SocketConnection conn = listener.accept()) {
 *         System.out.println(conn.<String>recv());
 *     }
 * }
 * }</pre>
 *
 * <p>Every connection must pass the challenge and response of an authentication key (the process
 * tree's own, unless one is given) before {@link #accept()} returns it; unlike Python, there is no
 * listener without a key. A peer that fails, sends something malformed, or has not finished within
 * a minute is disconnected and never returned. Each handshake runs on a thread of its own, so such
 * a peer never delays the others.
 */
public final class Listener implements AutoCloseable {
    /**
     * At most this many handshakes at once; further peers wait in the system's queue of
     * connections until one ends. A burst of a hundred processes connecting at once is normal.
     */
    private static final int MAX_PENDING_HANDSHAKES = 64;
    /** What {@link #accept()} finds in the queue once the listener is closed. */
    private static final Object CLOSED = new Object();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String address;
    private final Handshake handshake;
    private final ServerSocketChannel server;
    private final BlockingQueue<Object> accepted = new LinkedBlockingQueue<>();
    private final Set<SocketConnection> inHandshake = ConcurrentHashMap.newKeySet();
    private final Semaphore handshakeSlots = new Semaphore(MAX_PENDING_HANDSHAKES);
    private final ExecutorService handshakes;
    private boolean closed; // guarded by this

    /** Listens at a new address in the process tree's private directory. */
    public Listener() {
        this(TreeDirectory.get().resolve("listener-" + HexFormat.of().toHexDigits(RANDOM.nextInt())).toString());
    }

    /** Listens at {@code address}, a path for the socket file, with the tree's authentication key. */
    public Listener(String address) {
        this(address, TreeDirectory.get().authkey());
    }

    /** Listens at {@code address}; peers must know {@code authkey}. */
    public Listener(String address, byte[] authkey) {
        this(address, authkey, Handshake.TIMEOUT);
    }

    /** For tests of the timeout, which need not wait a minute for it. */
    Listener(String address, byte[] authkey, Duration handshakeTimeout) {
        this.address = address;
        this.handshake = new Handshake(authkey, handshakeTimeout);
        this.server = bind(address);
        String file = Path.of(address).getFileName().toString();
        this.handshakes = Executors.newCachedThreadPool(runnable -> daemon(runnable, "mp-handshake-" + file));
        daemon(this::acceptLoop, "mp-listener-" + file).start();
    }

    private static ServerSocketChannel bind(String address) {
        ServerSocketChannel channel = null;
        try {
            channel = LocalSockets.openServer();
            channel.bind(LocalSockets.address(address));
            return channel;
        } catch (IOException e) {
            if (channel != null) {
                closeQuietly(channel);
            }
            throw new UncheckedIOException("could not listen at " + address + ": " + e.getMessage() + hint(address), e);
        }
    }

    /** The likely reasons a bind fails, and what to do about them. */
    private static String hint(String address) {
        if (Files.exists(Path.of(address))) {
            return " (a file is already there: remove it or pick another address)";
        }
        if (address.length() > 100) {
            return " (a socket's path may be about 100 bytes long at most: set -Djava.io.tmpdir to a shorter directory)";
        }
        return "";
    }

    /**
     * Waits for the next peer that has passed the handshake and returns its connection. An error
     * once the listener is closed.
     */
    public SocketConnection accept() {
        Object next;
        try {
            next = accepted.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a connection at " + address, e);
        }
        if (next == CLOSED) {
            accepted.add(CLOSED); // for the next caller
            throw new IllegalStateException("cannot accept on the listener at " + address + ": it is closed");
        }
        return (SocketConnection) next;
    }

    /** The path of the socket file; a {@link Client} connects to it. */
    public String address() {
        return address;
    }

    /** Stops listening, disconnects the peers not yet accepted and removes the socket file. */
    @Override
    public void close() {
        List<Object> notTaken = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            accepted.drainTo(notTaken);
            accepted.add(CLOSED);
        }
        closeQuietly(server);
        handshakes.shutdownNow();
        inHandshake.forEach(SocketConnection::close);
        notTaken.forEach(c -> ((SocketConnection) c).close());
        try {
            Files.deleteIfExists(Path.of(address));
        } catch (IOException e) {
            // the tree's directory goes when the tree ends
        }
    }

    @Override
    public String toString() {
        return "<Listener " + address + ">";
    }

    private void acceptLoop() {
        while (!isClosed()) {
            SocketChannel channel;
            try {
                handshakeSlots.acquire();
                channel = server.accept();
            } catch (IOException e) {
                handshakeSlots.release();
                pauseAfterFailedAccept();
                continue; // closed (the loop ends) or out of file descriptors for a moment
            } catch (InterruptedException e) {
                return;
            }
            SocketConnection connection = new SocketConnection(channel, "a connection accepted at " + address);
            inHandshake.add(connection);
            handshakes.execute(() -> authenticate(connection));
        }
    }

    /** A peer that fails in any way is simply disconnected: it is the peer's error, not the listener's. */
    private void authenticate(SocketConnection connection) {
        boolean passed = false;
        try {
            handshake.asServer(connection);
            passed = true;
        } catch (RuntimeException e) {
            // refused: wrong key, malformed, silent, or gone
        } finally {
            inHandshake.remove(connection);
            handshakeSlots.release();
            if (!passed || !offer(connection)) {
                connection.close();
            }
        }
    }

    private synchronized boolean offer(SocketConnection connection) {
        return !closed && accepted.add(connection);
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private void pauseAfterFailedAccept() {
        try {
            TimeUnit.MILLISECONDS.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(ServerSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
