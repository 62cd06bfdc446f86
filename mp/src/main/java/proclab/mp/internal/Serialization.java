package proclab.mp.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

import proclab.mp.SerializationException;

/** Java serialization for what travels between processes, with errors that point at the culprit. */
public final class Serialization {
    private Serialization() {
    }

    /**
     * Serializes {@code value}; on failure the message says which field or captured value of
     * {@code what} could not be serialized.
     */
    public static byte[] serialize(Object value, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (NotSerializableException e) {
            throw new SerializationException("Cannot send " + what + " to another process: "
                    + SerializationDiagnosis.explain(value, e), e);
        } catch (IOException e) {
            throw new SerializationException("Cannot send " + what + " to another process: " + e, e);
        }
        return bytes.toByteArray();
    }

    public static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /** For bytes this process made itself and knows to be valid. */
    public static Object deserializeTrusted(byte[] bytes) {
        try {
            return deserialize(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
