package proclab.mp.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;

import proclab.mp.EOFError;
import proclab.mp.internal.Backoff;
import proclab.mp.internal.ItemCodec;

/**
 * One end of an authenticated connection over a local socket, as {@link Listener#accept()} and
 * {@link Client#connect(String)} return it: Python's {@code multiprocessing.connection.Connection}.
 * (The ends of a {@link proclab.mp.Pipe} are {@link proclab.mp.Connection}s: the same methods over
 * shared memory.)
 *
 * <p>Each message travels as a frame: a 4-byte big-endian length, then that many bytes. A message
 * may be at most {@link #MAX_MESSAGE_BYTES} long. A frame that claims more, or that the other end
 * cuts off in the middle, closes the connection; the call that met it fails with an
 * {@link UncheckedIOException}.
 *
 * <p>One thread may send while another receives; two threads sending (or receiving) at once
 * take turns.
 */
public final class SocketConnection implements AutoCloseable {
    /** The largest message a connection carries. */
    public static final int MAX_MESSAGE_BYTES = 64 << 20;
    private static final int HEADER_BYTES = 4;
    private static final int BUFFER_BYTES = 64 << 10;

    private final SocketChannel channel;
    private final String name;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    /** What has arrived but is not read yet; in read mode between calls. Guarded by readLock. */
    private final ByteBuffer in = ByteBuffer.allocate(BUFFER_BYTES).flip();
    /** The other end has closed its side; what is left in {@link #in} can still be read. */
    private boolean endOfFile;
    private volatile boolean closed;

    SocketConnection(SocketChannel channel, String name) {
        this.channel = channel;
        this.name = name;
    }

    /** Sends an object: strings, numbers and byte arrays compactly, anything else serialized. */
    public void send(Object item) {
        byte[] encoded = ItemCodec.encode(item, "an object sent through " + name);
        writeFrame(ByteBuffer.wrap(encoded));
    }

    /** Sends {@code bytes} as they are; the other end reads them with {@link #recvBytes()}. */
    public void sendBytes(byte[] bytes) {
        sendBytes(bytes, 0, bytes.length);
    }

    /** Sends {@code length} bytes of {@code bytes} from {@code offset}, as they are. */
    public void sendBytes(byte[] bytes, int offset, int length) {
        writeFrame(ByteBuffer.wrap(ItemCodec.bytes(bytes, offset, length)));
    }

    /** Waits for the next object and returns it; {@link EOFError} once the other end has closed. */
    @SuppressWarnings("unchecked")
    public <T> T recv() {
        return (T) ItemCodec.decode(readMessage());
    }

    /** Waits for the next message sent with {@link #sendBytes} and returns its bytes. */
    public byte[] recvBytes() {
        byte[] encoded = readMessage();
        if (!ItemCodec.isBytes(encoded)) {
            throw new IllegalStateException("the next message on " + name
                    + " was sent with send(), not sendBytes(): read it with recv()");
        }
        return (byte[]) ItemCodec.decode(encoded);
    }

    private byte[] readMessage() {
        byte[] encoded = readFrame(MAX_MESSAGE_BYTES);
        if (encoded.length == 0) {
            throw broken("an empty message arrived; every message carries at least its kind");
        }
        return encoded;
    }

    /**
     * True if a receive would not wait: a message has begun to arrive, or the other end has
     * closed (the receive then fails at once).
     */
    public boolean poll() {
        synchronized (readLock) {
            checkOpen("poll on");
            if (in.hasRemaining() || endOfFile) {
                return true;
            }
            try {
                channel.configureBlocking(false);
                try {
                    readMore();
                } finally {
                    channel.configureBlocking(true);
                }
            } catch (IOException e) {
                close();
                return true;
            }
            return in.hasRemaining() || endOfFile;
        }
    }

    /** Waits at most {@code timeout} until a receive would not wait; true if it would not. */
    public boolean poll(Duration timeout) {
        Backoff backoff = Backoff.within(Math.max(0, timeout.toNanos()));
        while (!poll()) {
            if (!backoff.pause()) {
                return false;
            }
        }
        return true;
    }

    /** Closes this end; the other end reads end of file. Closing twice does nothing. */
    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // closed as far as this process is concerned
        }
    }

    /** True once this end has been closed, by {@link #close()} or after a broken message. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "<SocketConnection " + name + (closed ? " closed" : "") + ">";
    }

    // ---------------------------------------------------------------- frames

    /** Writes one frame whose body is the remaining bytes of {@code body}. */
    void writeFrame(ByteBuffer body) {
        int length = body.remaining();
        if (length > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("cannot send a message of " + length + " bytes through " + name
                    + ": a connection carries at most " + MAX_MESSAGE_BYTES + " bytes per message;"
                    + " send the data in smaller pieces");
        }
        ByteBuffer[] frame = {ByteBuffer.allocate(HEADER_BYTES).putInt(0, length), body};
        synchronized (writeLock) {
            checkOpen("send on");
            try {
                while (frame[1].hasRemaining() || frame[0].hasRemaining()) {
                    channel.write(frame);
                }
            } catch (IOException e) {
                checkOpen("send on");
                close();
                EOFError error = new EOFError("broken pipe: cannot send on " + name
                        + ": the other end has closed the connection or its process has ended");
                error.initCause(e);
                throw error;
            }
        }
    }

    /** Reads one frame; a frame longer than {@code maxLength} closes the connection. */
    byte[] readFrame(int maxLength) {
        synchronized (readLock) {
            checkOpen("recv on");
            try {
                if (!fill(HEADER_BYTES)) {
                    if (in.hasRemaining()) {
                        throw broken("the other end closed the connection in the middle of a message header");
                    }
                    throw new EOFError("end of file on " + name + ": the other end has closed the connection");
                }
                int length = in.getInt();
                if (length < 0 || length > maxLength) {
                    throw broken("a message claims to be " + Integer.toUnsignedString(length)
                            + " bytes long, more than the " + maxLength + " allowed here");
                }
                return readBody(length);
            } catch (IOException e) {
                checkOpen("recv on");
                close();
                throw new UncheckedIOException("could not read from " + name + ": " + e.getMessage(), e);
            }
        }
    }

    /** The body, in a buffer that grows as the bytes arrive: a frame that only claims a size costs nothing. */
    private byte[] readBody(int length) throws IOException {
        byte[] body = new byte[Math.min(length, BUFFER_BYTES)];
        int filled = 0;
        while (filled < length) {
            if (!fill(1)) {
                throw broken("the other end closed the connection after " + filled + " of the " + length
                        + " bytes of a message");
            }
            if (filled == body.length) {
                body = Arrays.copyOf(body, (int) Math.min(length, 2L * body.length));
            }
            int chunk = Math.min(in.remaining(), body.length - filled);
            in.get(body, filled, chunk);
            filled += chunk;
        }
        return body;
    }

    /** Makes at least {@code needed} bytes readable in {@link #in}; false at end of file. */
    private boolean fill(int needed) throws IOException {
        while (in.remaining() < needed) {
            if (endOfFile) {
                return false;
            }
            readMore();
        }
        return true;
    }

    private void readMore() throws IOException {
        in.compact();
        try {
            if (channel.read(in) < 0) {
                endOfFile = true;
            }
        } finally {
            in.flip();
        }
    }

    private UncheckedIOException broken(String why) {
        close();
        return new UncheckedIOException(new ProtocolException("closed " + name + ": " + why));
    }

    private void checkOpen(String action) {
        if (closed) {
            throw new IllegalStateException("cannot " + action + " " + name + ": it is closed");
        }
    }
}
