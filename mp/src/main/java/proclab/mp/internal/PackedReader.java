package proclab.mp.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads back, in order, what a {@link PackedWriter} wrote. */
public final class PackedReader {
    private final byte[] bytes;
    private int position;

    public PackedReader(byte[] bytes, int position) {
        this.bytes = bytes;
        this.position = position;
    }

    public int position() {
        return position;
    }

    public void skip(int length) {
        position += length;
    }

    public int readByte() {
        return bytes[position++];
    }

    public int readInt() {
        int at = position;
        position += 4;
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }

    public long readLong() {
        long high = readInt();
        return high << 32 | readInt() & 0xffff_ffffL;
    }

    public byte[] readBytes(int length) {
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    /** The next value, as {@link PackedWriter#writeValue} wrote it. */
    public Object readValue() {
        int at = position;
        int tag = bytes[at];
        if (tag == PackedWriter.INT) {
            // The commonest item, read in place (see PackedWriter.writeCompact).
            position = at + 5;
            return (bytes[at + 1] & 0xff) << 24 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 8
                    | bytes[at + 4] & 0xff;
        }
        position = at + 1;
        switch (tag) {
            case PackedWriter.NULL:
                return null;
            case PackedWriter.STRING: {
                int length = readInt();
                String text = new String(bytes, position, length, StandardCharsets.UTF_8);
                position += length;
                return text;
            }
            case PackedWriter.LONG:
                return readLong();
            case PackedWriter.DOUBLE:
                return Double.longBitsToDouble(readLong());
            case PackedWriter.BOOLEAN:
                return readByte() != 0;
            case PackedWriter.CHAR:
                return (char) readInt();
            case PackedWriter.BYTES:
                return readBytes(readInt());
            case PackedWriter.SERIALIZED:
                return deserialize(readBytes(readInt()));
            default:
                throw new IllegalStateException("unknown value tag " + tag + " at byte " + (position - 1));
        }
    }

    private static Object deserialize(byte[] serialized) {
        try {
            return Serialization.deserialize(serialized);
        } catch (IOException e) {
            throw new UncheckedIOException("a value could not be read back: " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a value's class is unknown in this process: " + e.getMessage()
                    + ". Every process of the tree must have the same classpath.", e);
        }
    }
}
