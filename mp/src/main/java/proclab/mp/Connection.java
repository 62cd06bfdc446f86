package proclab.mp;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;

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

    public void sendBytes(byte[] bytes, int offset, int length) {
        write(ItemCodec.bytes(bytes, offset, length), length + " bytes");
    }

    private void write(byte[] encoded, Object shown) {
        checkUsable(outgoing, "send on");
        Runnable event = Timeline.isRecording()
                ? () -> Timeline.record("pipe.send", name + " " + ItemChannel.preview(shown)) : null;
        try {
            outgoing.write(encoded, -1, 0, () -> !outgoing.readers().anyAlive(), event);
        } catch (Ring.Closed e) {
            throw new EOFError("broken pipe: every copy of the other end of " + name + " is closed");
        }
        Delays.at("pipe.send");
    }

    /** Waits for the next object and returns it; {@link EOFError} once the other end is closed for good. */
    @SuppressWarnings("unchecked")
    public <T> T recv() {
        return (T) ItemCodec.decode(read());
    }

    /** Waits for the next message sent with {@link #sendBytes} and returns its bytes. */
    public byte[] recvBytes() {
        byte[] encoded = read();
        if (!ItemCodec.isBytes(encoded)) {
            throw new IllegalStateException("the next message on " + name
                    + " was sent with send(), not sendBytes(): read it with recv()");
        }
        return (byte[]) ItemCodec.decode(encoded);
    }

    private byte[] read() {
        checkUsable(incoming, "recv on");
        try {
            byte[] encoded = incoming.read(-1, () -> !incoming.writers().anyAlive(), Timeline.isRecording()
                    ? bytes -> Timeline.record("pipe.recv", name + " " + ItemChannel.preview(ItemCodec.decode(bytes)))
                    : null);
            Delays.at("pipe.recv");
            return encoded;
        } catch (Ring.Closed e) {
            throw new EOFError("end of file on " + name + ": every copy of the other end is closed"
                    + " and nothing is left to read");
        }
    }

    /** True if {@link #recv()} would not wait: there is data, or the other end is closed for good. */
    public boolean poll() {
        return poll(Duration.ZERO);
    }

    /** Waits at most {@code timeout} for something to read; true if there is. */
    public boolean poll(Duration timeout) {
        checkUsable(incoming, "poll on");
        return incoming.awaitReadable(ItemChannel.nanos(timeout), () -> !incoming.writers().anyAlive());
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
