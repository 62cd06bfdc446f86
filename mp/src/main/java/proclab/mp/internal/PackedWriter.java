package proclab.mp.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes many values into one growing byte array: the pool's tasks and results. Numbers, strings
 * and byte arrays take a few bytes each; anything else goes through Java serialization on its
 * own, so each value still arrives as a copy of its own. {@link PackedReader} reads it back.
 */
public final class PackedWriter {
    static final byte NULL = 0;
    static final byte INT = 1;
    static final byte LONG = 2;
    static final byte DOUBLE = 3;
    static final byte BOOLEAN = 4;
    static final byte STRING = 5;
    static final byte BYTES = 6;
    static final byte CHAR = 7;
    static final byte SERIALIZED = 9;

    private byte[] buffer;
    private int size;

    public PackedWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    public int size() {
        return size;
    }

    public void writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    // Plain shifts rather than VarHandle views: child JVMs run C1 only, which compiles these far better.
    public void writeInt(int value) {
        ensure(4);
        putInt(buffer, size, value);
        size += 4;
    }

    public void writeLong(long value) {
        ensure(8);
        putInt(buffer, size, (int) (value >>> 32));
        putInt(buffer, size + 4, (int) value);
        size += 8;
    }

    static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    public void writeBytes(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /**
     * Writes one value; {@code what} names it in the error if it cannot be serialized, e.g.
     * "the result of a task".
     */
    public void writeValue(Object value, String what) {
        if (!writeCompact(value)) {
            writeSerialized(value, what);
        }
    }

    /**
     * Writes a null, number, boolean, character, string or byte array in its compact form; false
     * (and nothing written) for any other value, which needs {@link #writeSerialized}.
     */
    public boolean writeCompact(Object value) {
        if (value instanceof Integer i) {
            // The commonest item, written in place: C1 inlines none of the calls it would take.
            if (size + 5 > buffer.length) {
                ensure(5);
            }
            byte[] bytes = buffer;
            int at = size;
            int v = i;
            bytes[at] = INT;
            bytes[at + 1] = (byte) (v >>> 24);
            bytes[at + 2] = (byte) (v >>> 16);
            bytes[at + 3] = (byte) (v >>> 8);
            bytes[at + 4] = (byte) v;
            size = at + 5;
        } else if (value == null) {
            writeByte(NULL);
        } else if (value instanceof String s) {
            byte[] text = s.getBytes(StandardCharsets.UTF_8);
            writeByte(STRING);
            writeInt(text.length);
            writeBytes(text, 0, text.length);
        } else if (value instanceof Long l) {
            writeByte(LONG);
            writeLong(l);
        } else if (value instanceof Double d) {
            writeByte(DOUBLE);
            writeLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof Boolean b) {
            writeByte(BOOLEAN);
            writeByte(b ? 1 : 0);
        } else if (value instanceof Character c) {
            writeByte(CHAR);
            writeInt(c);
        } else if (value instanceof byte[] bytes) {
            writeByte(BYTES);
            writeInt(bytes.length);
            writeBytes(bytes, 0, bytes.length);
        } else {
            return false;
        }
        return true;
    }

    /** Writes any value through Java serialization; {@code what} names it in the error if that fails. */
    public void writeSerialized(Object value, String what) {
        byte[] serialized = Serialization.serialize(value, what);
        writeByte(SERIALIZED);
        writeInt(serialized.length);
        writeBytes(serialized, 0, serialized.length);
    }

    /** The bytes written so far, in an array of their exact size. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** Copies what was written into {@code target} at {@code at}. */
    public void copyTo(byte[] target, int at) {
        System.arraycopy(buffer, 0, target, at, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
