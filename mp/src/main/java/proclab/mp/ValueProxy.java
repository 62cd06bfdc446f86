package proclab.mp;

/**
 * A proxy to one value that a {@link Manager} holds: Python's {@code Manager().Value}. Each
 * {@link #get()} and {@link #set} is atomic on its own, but it has no lock: {@code v.set(v.get() + 1)}
 * from two processes at once loses updates unless a lock is held around it.
 *
 * @param <T> the type of the value
 */
public final class ValueProxy<T> extends BaseProxy {
    private static final long serialVersionUID = 1L;

    ValueProxy(Token token) {
        super(token);
    }

    /** The value now. */
    @SuppressWarnings("unchecked")
    public T get() {
        T value = (T) token.call("get");
        token.record("value.get", () -> value);
        Delays.at("value.get");
        return value;
    }

    /** Replaces the value. */
    public void set(T value) {
        token.record("value.set", () -> value);
        token.call("set", value);
        Delays.at("value.set");
    }
}
