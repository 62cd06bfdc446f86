package proclab.mp.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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

    public void writeInt(int value) {
        ensure(4);
        INTS.set(buffer, size, value);
        size += 4;
    }

    public void writeLong(long value) {
        ensure(8);
        LONGS.set(buffer, size, value);
        size += 8;
    }

    public void writeBytes(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** Overwrites an int written earlier, at byte position {@code at}. */
    public void setInt(int at, int value) {
        INTS.set(buffer, at, value);
    }

    /**
     * Writes one value; {@code what} names it in the error if it cannot be serialized, e.g.
     * "item 3 of Pool.map".
     */
    public void writeValue(Object value, String what) {
        if (value == null) {
            writeByte(NULL);
        } else if (value instanceof Integer i) {
            writeByte(INT);
            writeInt(i);
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
            byte[] serialized = Serialization.serialize(value, what);
            writeByte(SERIALIZED);
            writeInt(serialized.length);
            writeBytes(serialized, 0, serialized.length);
        }
    }

    /** The bytes written so far, in an array of their exact size. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** Copies bytes {@code from} to {@code to} of what was written into {@code target} at {@code at}. */
    public void copyTo(int from, int to, byte[] target, int at) {
        System.arraycopy(buffer, from, target, at, to - from);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
