package proclab.mp;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import proclab.mp.internal.Serialization;

/**
 * A pool's functions in serialized form. Java serialization is slow to start, so a function
 * without state (a lambda that captures nothing, a static method reference) is serialized once
 * per pool: all its instances write the same bytes. A function that captures values is
 * serialized at each submission, so that the workers see the values as they are then.
 *
 * <p>Each serialized form gets an id; a worker deserializes a given id once and keeps the result
 * (see {@link FunctionTable}).
 */
final class FunctionCache {
    /** A function ready to travel: its id and its bytes. */
    record Prepared(long id, byte[] bytes) {
    }

    private static final ClassValue<Boolean> STATELESS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        return false;
                    }
                }
            }
            return true;
        }
    };

    private final Map<Class<?>, Prepared> stateless = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** The function's bytes; fails here, naming the culprit, if it cannot be serialized. */
    Prepared prepare(Object function, String what) {
        Class<?> type = function.getClass();
        if (STATELESS.get(type)) {
            return stateless.computeIfAbsent(type, t -> serialize(function, what));
        }
        return serialize(function, what);
    }

    private Prepared serialize(Object function, String what) {
        return new Prepared(ids.incrementAndGet(), Serialization.serialize(function, what));
    }
}
