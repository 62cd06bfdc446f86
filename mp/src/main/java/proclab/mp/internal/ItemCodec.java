package proclab.mp.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the items of queues and pipes into bytes and back. Numbers, strings and byte arrays,
 * which most items are, get a compact form of their own; everything else goes through Java
 * serialization, which is many times slower to start for each item.
 */
public final class ItemCodec {
    private static final byte NULL = 0;
    private static final byte INT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOLEAN = 4;
    private static final byte STRING = 5;
    private static final byte BYTES = 6;
    private static final byte CHAR = 7;
    private static final byte SERIALIZED = 9;

    private ItemCodec() {
    }

    /** The item's bytes; an item that cannot be serialized fails here, naming its type. */
    public static byte[] encode(Object item, String what) {
        if (item == null) {
            return new byte[] {NULL};
        }
        if (item instanceof String s) {
            byte[] text = s.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[text.length + 1];
            out[0] = STRING;
            System.arraycopy(text, 0, out, 1, text.length);
            return out;
        }
        if (item instanceof Integer i) {
            return ByteBuffer.allocate(5).put(INT).putInt(i).array();
        }
        if (item instanceof Long l) {
            return ByteBuffer.allocate(9).put(LONG).putLong(l).array();
        }
        if (item instanceof Double d) {
            return ByteBuffer.allocate(9).put(DOUBLE).putDouble(d).array();
        }
        if (item instanceof Boolean b) {
            return new byte[] {BOOLEAN, (byte) (b ? 1 : 0)};
        }
        if (item instanceof Character c) {
            return ByteBuffer.allocate(3).put(CHAR).putChar(c).array();
        }
        if (item instanceof byte[] bytes) {
            return bytes(bytes, 0, bytes.length);
        }
        byte[] serialized = Serialization.serialize(item, what);
        byte[] out = new byte[serialized.length + 1];
        out[0] = SERIALIZED;
        System.arraycopy(serialized, 0, out, 1, serialized.length);
        return out;
    }

    /** Raw bytes, as a pipe's {@code sendBytes} sends them. */
    public static byte[] bytes(byte[] source, int offset, int length) {
        byte[] out = new byte[length + 1];
        out[0] = BYTES;
        System.arraycopy(source, offset, out, 1, length);
        return out;
    }

    public static boolean isBytes(byte[] encoded) {
        return encoded[0] == BYTES;
    }

    public static Object decode(byte[] encoded) {
        ByteBuffer in = ByteBuffer.wrap(encoded, 1, encoded.length - 1);
        switch (encoded[0]) {
            case NULL:
                return null;
            case INT:
                return in.getInt();
            case LONG:
                return in.getLong();
            case DOUBLE:
                return in.getDouble();
            case BOOLEAN:
                return in.get() != 0;
            case CHAR:
                return in.getChar();
            case STRING:
                return new String(encoded, 1, encoded.length - 1, StandardCharsets.UTF_8);
            case BYTES:
                return Arrays.copyOfRange(encoded, 1, encoded.length);
            case SERIALIZED:
                try {
                    return Serialization.deserialize(Arrays.copyOfRange(encoded, 1, encoded.length));
                } catch (IOException e) {
                    throw new UncheckedIOException("an item could not be read back: " + e.getMessage(), e);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("an item's class is unknown in this process: " + e.getMessage()
                            + ". Every process of the tree must have the same classpath.", e);
                }
            default:
                throw new IllegalStateException("unknown item tag " + encoded[0]);
        }
    }
}
