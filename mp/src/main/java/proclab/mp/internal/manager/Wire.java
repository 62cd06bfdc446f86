package proclab.mp.internal.manager;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import proclab.mp.RemoteError;
import proclab.mp.internal.ItemCodec;

/**
 * The messages between a manager's proxies and its server, inside the frames of a
 * {@link proclab.mp.connection.SocketConnection}.
 *
 * <p>A request is {@code int objectId, byte methodLength, method (ASCII), byte argumentCount},
 * then for each argument {@code int length} and the argument in {@link ItemCodec}'s form. Object
 * 0 is the manager itself. A reply is one byte, {@link #RETURNED} or {@link #RAISED}, and the
 * result or the exception in {@link ItemCodec}'s form.
 */
public final class Wire {
    static final byte RETURNED = 0;
    static final byte RAISED = 1;
    private static final int MAX_METHOD_LENGTH = 64;
    private static final int MAX_ARGUMENTS = 16;

    private Wire() {
    }

    /** A request as the server parsed it; the arguments are decoded only when the call runs. */
    record Request(int objectId, String method, byte[][] encodedArguments) {
        Object[] arguments() {
            Object[] decoded = new Object[encodedArguments.length];
            for (int i = 0; i < decoded.length; i++) {
                decoded[i] = ItemCodec.decode(encodedArguments[i]);
            }
            return decoded;
        }
    }

    /** A request that does not follow the format: the server closes the connection that sent it. */
    static final class MalformedRequest extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedRequest(String message) {
            super(message);
        }
    }

    /** How messages name a shared object: {@code dict#2@SyncManager-1}. */
    public static String objectName(String typeid, int id, String manager) {
        return typeid + "#" + id + "@" + manager;
    }

    /** Encodes a call; an argument that cannot be serialized fails here, in the caller, naming {@code what}. */
    public static byte[] request(int objectId, String method, Object[] arguments, String what) {
        byte[] name = method.getBytes(StandardCharsets.US_ASCII);
        byte[][] encoded = new byte[arguments.length][];
        int size = 4 + 1 + name.length + 1;
        for (int i = 0; i < arguments.length; i++) {
            encoded[i] = ItemCodec.encode(arguments[i], "an argument of " + what);
            size += 4 + encoded[i].length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(objectId).put((byte) name.length).put(name)
                .put((byte) arguments.length);
        for (byte[] argument : encoded) {
            out.putInt(argument.length).put(argument);
        }
        return out.array();
    }

    static Request parseRequest(byte[] frame) throws MalformedRequest {
        try {
            ByteBuffer in = ByteBuffer.wrap(frame);
            int objectId = in.getInt();
            String method = new String(take(in, Byte.toUnsignedInt(in.get()), MAX_METHOD_LENGTH), StandardCharsets.US_ASCII);
            byte[][] arguments = new byte[checkedCount(Byte.toUnsignedInt(in.get()))][];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = take(in, in.getInt(), in.remaining());
                if (arguments[i].length == 0) {
                    throw new MalformedRequest("argument " + i + " is empty");
                }
            }
            if (in.hasRemaining()) {
                throw new MalformedRequest(in.remaining() + " bytes follow the last argument");
            }
            return new Request(objectId, method, arguments);
        } catch (BufferUnderflowException e) {
            throw new MalformedRequest("the request ends early");
        }
    }

    private static int checkedCount(int count) throws MalformedRequest {
        if (count > MAX_ARGUMENTS) {
            throw new MalformedRequest(count + " arguments; at most " + MAX_ARGUMENTS + " are allowed");
        }
        return count;
    }

    private static byte[] take(ByteBuffer in, int length, int max) throws MalformedRequest {
        if (length < 0 || length > max || length > in.remaining()) {
            throw new MalformedRequest("a field claims " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    static byte[] returned(Object result, String what) {
        return tagged(RETURNED, ItemCodec.encode(result, what));
    }

    /** The exception for the caller to raise; one that cannot travel becomes a {@link RemoteError} with its text. */
    static byte[] raised(RuntimeException error) {
        byte[] encoded;
        try {
            encoded = ItemCodec.encode(error, "an exception");
        } catch (RuntimeException unserializable) {
            encoded = ItemCodec.encode(new RemoteError(error.toString()), "an exception");
        }
        return tagged(RAISED, encoded);
    }

    private static byte[] tagged(byte tag, byte[] encoded) {
        byte[] reply = new byte[encoded.length + 1];
        reply[0] = tag;
        System.arraycopy(encoded, 0, reply, 1, encoded.length);
        return reply;
    }

    /**
     * The result of a call, or the exception the server raised, raised again here: with this
     * process's stack, since the caller's line is what a reader looks for.
     */
    public static Object result(byte[] reply) {
        if (reply.length < 2 || (reply[0] != RETURNED && reply[0] != RAISED)) {
            throw new IllegalStateException("a manager sent a malformed reply of " + reply.length + " bytes");
        }
        Object value = ItemCodec.decode(Arrays.copyOfRange(reply, 1, reply.length));
        if (reply[0] == RETURNED) {
            return value;
        }
        RuntimeException error = (RuntimeException) value;
        error.fillInStackTrace();
        throw error;
    }
}
