package proclab.mp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.SerializedLambda;

import proclab.mp.internal.ItemCodec;
import proclab.mp.internal.Lambdas;
import proclab.mp.internal.Serialization;

/**
 * How a process object travels to its child. Most processes are a plain {@link Process} whose
 * target lambda captures a few values: they go as the lambda's implementation method and its
 * captured values, and the child calls that method by reflection ({@link LambdaCall}). A JVM that
 * has not yet deserialized anything takes tens of milliseconds to rebuild a lambda through Java
 * serialization; a reflective call takes a fraction of one. Subclasses and other targets go
 * through Java serialization.
 */
final class ProcessCodec {
    private static final byte JAVA_SERIALIZED = 1;
    private static final byte LAMBDA_CALL = 2;

    private ProcessCodec() {
    }

    static byte[] encode(Process process) {
        SerializedLambda lambda = process.getClass() == Process.class && process.target() != null
                ? Lambdas.serializedForm(process.target()) : null;
        if (lambda != null && LambdaCall.supports(lambda)) {
            try {
                return encodeLambdaCall(process, lambda);
            } catch (SerializationException e) {
                // a captured value cannot be sent: the full serialization below names it
            }
        }
        byte[] serialized = Serialization.serialize(process, "the process " + process.name());
        byte[] out = new byte[serialized.length + 1];
        out[0] = JAVA_SERIALIZED;
        System.arraycopy(serialized, 0, out, 1, serialized.length);
        return out;
    }

    private static byte[] encodeLambdaCall(Process process, SerializedLambda lambda) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(LAMBDA_CALL);
            out.writeUTF(process.name());
            out.writeBoolean(process.isDaemon());
            int[] identity = process.identity();
            out.writeInt(identity.length);
            for (int part : identity) {
                out.writeInt(part);
            }
            out.writeLong(process.creatorPid());
            out.writeUTF(lambda.getImplClass().replace('/', '.'));
            out.writeUTF(lambda.getImplMethodName());
            out.writeUTF(lambda.getImplMethodSignature());
            out.writeInt(lambda.getImplMethodKind());
            out.writeInt(lambda.getCapturedArgCount());
            for (int i = 0; i < lambda.getCapturedArgCount(); i++) {
                byte[] arg = ItemCodec.encode(lambda.getCapturedArg(i), "a value captured by " + process.name());
                out.writeInt(arg.length);
                out.write(arg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Process decode(byte[] bytes) throws IOException, ClassNotFoundException {
        if (bytes[0] == JAVA_SERIALIZED) {
            byte[] serialized = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, serialized, 0, serialized.length);
            return (Process) Serialization.deserialize(serialized);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1));
        String name = in.readUTF();
        boolean daemon = in.readBoolean();
        int[] identity = new int[in.readInt()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = in.readInt();
        }
        long creatorPid = in.readLong();
        String implClass = in.readUTF();
        String method = in.readUTF();
        String signature = in.readUTF();
        int kind = in.readInt();
        Object[] captured = new Object[in.readInt()];
        for (int i = 0; i < captured.length; i++) {
            byte[] arg = new byte[in.readInt()];
            in.readFully(arg);
            captured[i] = ItemCodec.decode(arg);
        }
        return new Process(name, identity, daemon, creatorPid, new LambdaCall(implClass, method, signature, kind, captured));
    }
}
