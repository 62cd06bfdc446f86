package proclab.mp.internal;

import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/** What a serializable lambda is made of: its implementation method and captured values. */
public final class Lambdas {
    private Lambdas() {
    }

    /** The serialized form of a serializable lambda, or null when {@code value} is not one. */
    public static SerializedLambda serializedForm(Object value) {
        Class<?> type = value.getClass();
        if (!type.isSynthetic()) {
            return null;
        }
        try {
            Method writeReplace = type.getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return writeReplace.invoke(value) instanceof SerializedLambda s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
