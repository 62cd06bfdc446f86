package proclab.mp;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

import proclab.mp.internal.ItemCodec;
import proclab.mp.internal.Ring;

/**
 * One end of a {@link Pipe}: Python's {@code multiprocessing.connection.Connection}. Send objects
 * (or raw bytes) to the other end and receive what it sends.
 *
 * <p>An end may be sent to other processes (captured by a child's target, say); each process then
 * holds a copy. The other side reads end of file ({@link EOFError}) once every copy of this end is
 * closed or its process has ended, so close the copies you do not use, as in Python.
 */
public final class Connection implements Serializable, AutoCloseable {
    private static final long serialVersionUID = 1L;

    private final Ring incoming;
    private final Ring outgoing;
    private final String name;
    private transient boolean closed;

    Connection(Ring incoming, Ring outgoing, String name) {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.name = name;
        hold();
    }

    /** Sends an object; it must be {@link Serializable} (strings, numbers and records are). */
    public void send(Object item) {
        write(ItemCodec.encode(item, "an object sent through " + name), item);
    }

    /** Sends {@code bytes} as they are; the other end reads them with {@link #recvBytes()}. */
    public void sendBytes(byte[] bytes) {
        sendBytes(bytes, 0, bytes.length);
    }

    /** Sends {@code length} bytes of {@code bytes} from {@code offset}, as Python's {@code send_bytes(buf, offset, size)}. */
    public void sendBytes(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        write(ItemCodec.bytes(bytes, offset, length), length + " bytes");
    }

    private void write(byte[] encoded, Object shown) {
        checkUsable(outgoing, "send on");
        OptionalLong sent;
        try {
            sent = outgoing.write(encoded, -1, 0, () -> !outgoing.readers().anyAlive());
        } catch (Ring.Closed e) {
            throw new EOFError("broken pipe: every copy of the other end of " + name + " is closed");
        }
        if (Timeline.isRecording()) {
            Timeline.recordAt(sent.getAsLong(), "pipe.send", name + " " + ItemChannel.preview(shown));
        }
        Delays.at("pipe.send");
    }

    /** Waits for the next object and returns it; {@link EOFError} once the other end is closed for good. */
    @SuppressWarnings("unchecked")
    public <T> T recv() {
        return (T) read(false);
    }

    /**
     * Waits for the next message sent with {@link #sendBytes} and returns its bytes. A message sent
     * with {@link #send} is taken all the same, and reported as an error.
     */
    public byte[] recvBytes() {
        return (byte[]) read(true);
    }

    private Object read(boolean bytesOnly) {
        checkUsable(incoming, "recv on");
        Ring.Taken taken;
        try {
            taken = incoming.read(-1, () -> !incoming.writers().anyAlive());
        } catch (Ring.Closed e) {
            throw new EOFError("end of file on " + name + ": every copy of the other end is closed"
                    + " and nothing is left to read");
        }
        if (bytesOnly && !ItemCodec.isBytes(taken.bytes())) {
            throw new IllegalStateException("the next message on " + name
                    + " was sent with send(), not sendBytes(): read it with recv()");
        }
        // Decoded once: decoding a pipe end counts its receiver as a holder.
        Object item = ItemCodec.decode(taken.bytes());
        if (Timeline.isRecording()) {
            Timeline.recordAt(taken.nanos(), "pipe.recv", name + " " + ItemChannel.preview(item));
        }
        Delays.at("pipe.recv");
        return item;
    }

    /** True if {@link #recv()} would not wait: there is data, or the other end is closed for good. */
    public boolean poll() {
        return poll(Duration.ZERO);
    }

    /**
     * Waits at most {@code timeout} (a negative one counts as zero, as in Python) for something to
     * read; true if {@link #recv()} would not wait.
     */
    public boolean poll(Duration timeout) {
        checkUsable(incoming, "poll on");
        return incoming.awaitReadable(Math.max(0, timeout.toNanos()), () -> !incoming.writers().anyAlive());
    }

    /** Closes this copy of the end. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean readable() {
        return incoming != null;
    }

    public boolean writable() {
        return outgoing != null;
    }

    private void checkUsable(Ring ring, String action) {
        if (closed) {
            throw new IllegalStateException("cannot " + action + " " + name + ": this end is closed");
        }
        if (ring == null) {
            throw new IllegalStateException("cannot " + action + " " + name + ": it is the "
                    + (incoming == null ? "sending" : "receiving") + " end of a one-way pipe");
        }
    }

    private void hold() {
        if (outgoing != null) {
            outgoing.writers().add();
        }
        if (incoming != null) {
            incoming.readers().add();
        }
    }

    private void release() {
        if (outgoing != null) {
            outgoing.writers().remove();
        }
        if (incoming != null) {
            incoming.readers().remove();
        }
    }

    /** A copy on its way to another process still holds the end, until that process has it. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        if (closed) {
            throw new IOException("cannot send " + name + " to another process: it is closed");
        }
        out.defaultWriteObject();
        if (outgoing != null) {
            outgoing.writers().sending();
        }
        if (incoming != null) {
            incoming.readers().sending();
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (outgoing != null) {
            outgoing.writers().received();
        }
        if (incoming != null) {
            incoming.readers().received();
        }
    }

    @Override
    public String toString() {
        return "<Connection " + name + (closed ? " closed" : "") + ">";
    }
}
