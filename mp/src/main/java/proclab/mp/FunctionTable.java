package proclab.mp;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import proclab.mp.internal.Serialization;

/**
 * A worker's deserialized functions by id (see {@link FunctionCache}): deserializing a lambda
 * costs far more than running a small task. Every task record carries its function's bytes, so
 * a function dropped from this table is simply deserialized again.
 */
final class FunctionTable {
    private static final int CAPACITY = 32;

    private final Map<Long, Object> functions = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The function with this id, deserialized the first time from {@code length} bytes of {@code record} at {@code offset}. */
    Object get(long id, byte[] record, int offset, int length) throws IOException, ClassNotFoundException {
        Object function = functions.get(id);
        if (function == null) {
            function = Serialization.deserialize(Arrays.copyOfRange(record, offset, offset + length));
            functions.put(id, function);
        }
        return function;
    }
}
