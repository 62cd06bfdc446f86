package proclab.mp;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A proxy to a dict that a {@link Manager} holds: a {@link Map} that every process of the tree
 * can use. Python's {@code Manager().dict()}.
 *
 * <pre>{@code
 * DictProxy<String, Integer> d = manager.dict(Map.of("count", 100));
 * try (var held = lock.hold()) {
 *     d.put("count", d.get("count") - 1);       // Python: d["count"] -= 1
 * }
 * }</pre>
 *
 * <p>Each method is one atomic operation in the manager's process, {@code putIfAbsent},
 * {@code replace} and the two-argument {@code remove} included. But {@code d.put(k, d.get(k) - 1)}
 * is two operations, and another process may change the value in between: hold a lock around
 * them. {@code compute}, {@code merge} and their kin would be several operations too, so they are
 * refused rather than quietly not atomic.
 *
 * <p>The dict keeps the order in which keys were first put, as a Python dict does.
 * {@link #keySet()}, {@link #values()} and {@link #entrySet()} are read-only copies taken in one
 * call, as Python's proxies return copies; so is {@link #copy()}.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public final class DictProxy<K, V> extends BaseProxy implements Map<K, V> {
    private static final long serialVersionUID = 1L;

    DictProxy(Token token) {
        super(token);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        V value = (V) token.call("get", key);
        token.record("dict.get", () -> key + "=" + value);
        Delays.at("dict.get");
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        // A read like get: the same timeline event and the same delay point.
        V value = (V) token.call("getOrDefault", key, defaultValue);
        token.record("dict.get", () -> key + "=" + value);
        Delays.at("dict.get");
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        token.record("dict.put", () -> key + "=" + value);
        V previous = (V) token.call("put", key, value);
        Delays.at("dict.put");
        return previous;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V putIfAbsent(K key, V value) {
        return (V) token.call("putIfAbsent", key, value);
    }

    /** Python's {@code d.update(other)}. */
    @Override
    public void putAll(Map<? extends K, ? extends V> other) {
        token.call("putAll", new LinkedHashMap<>(other));
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        V removed = (V) token.call("remove", key);
        token.record("dict.remove", () -> key + "=" + removed);
        return removed;
    }

    @Override
    public boolean remove(Object key, Object value) {
        return (Boolean) token.call("remove", key, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V replace(K key, V value) {
        return (V) token.call("replace", key, value);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return (Boolean) token.call("replace", key, oldValue, newValue);
    }

    @Override
    public boolean containsKey(Object key) {
        return (Boolean) token.call("containsKey", key);
    }

    @Override
    public boolean containsValue(Object value) {
        return (Boolean) token.call("containsValue", value);
    }

    @Override
    public int size() {
        return (Integer) token.call("size");
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public void clear() {
        token.call("clear");
    }

    /** A copy of the whole dict, taken in one call: Python's {@code d.copy()}. */
    @SuppressWarnings("unchecked")
    public LinkedHashMap<K, V> copy() {
        return (LinkedHashMap<K, V>) token.call("copy");
    }

    /** A read-only copy of the keys. */
    @Override
    public Set<K> keySet() {
        return Collections.unmodifiableMap(copy()).keySet();
    }

    /** A read-only copy of the values. */
    @Override
    public Collection<V> values() {
        return Collections.unmodifiableMap(copy()).values();
    }

    /** A read-only copy of the entries. */
    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return Collections.unmodifiableMap(copy()).entrySet();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        throw notAtomic("compute");
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mapping) {
        throw notAtomic("computeIfAbsent");
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        throw notAtomic("computeIfPresent");
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
        throw notAtomic("merge");
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw notAtomic("replaceAll");
    }

    private UnsupportedOperationException notAtomic(String method) {
        return new UnsupportedOperationException(method + " on " + token.name() + " would take several calls to"
                + " the manager, so it would not be one atomic operation: hold a manager lock around get and put"
                + " instead");
    }

    /** Equal to any map with the same entries, as the {@link Map} contract says. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Map
                && copy().equals(other instanceof DictProxy<?, ?> proxy ? proxy.copy() : other);
    }

    @Override
    public int hashCode() {
        return copy().hashCode();
    }

    /** The entries, as {@code print(d)} shows them in Python. */
    @Override
    public String toString() {
        try {
            return copy().toString();
        } catch (IllegalStateException notRunning) {
            return super.toString();
        }
    }
}
