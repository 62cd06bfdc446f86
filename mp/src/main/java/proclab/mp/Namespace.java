package proclab.mp;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * A proxy to a set of named values that a {@link Manager} holds: Python's {@code Manager().Namespace()},
 * where {@code ns.x = 1} is {@code ns.set("x", 1)} and {@code ns.x} is {@code ns.get("x")}.
 *
 * <pre>{@code
 * Namespace ns = manager.namespace();
 * ns.set("price", 9.5);
 * double price = ns.get("price");
 * }</pre>
 */
public final class Namespace extends BaseProxy {
    private static final long serialVersionUID = 1L;

    Namespace(Token token) {
        super(token);
    }

    /** Sets the attribute {@code name}, adding it if it is new. */
    public void set(String name, Object value) {
        token.record("namespace.set", () -> name + "=" + value);
        token.call("set", name, value);
        Delays.at("namespace.set");
    }

    /** The value of the attribute; {@link NoSuchElementException} if it was never set. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        T value = (T) token.call("get", name);
        token.record("namespace.get", () -> name + "=" + value);
        Delays.at("namespace.get");
        return value;
    }

    /** Removes the attribute; {@link NoSuchElementException} if it was never set. */
    public void delete(String name) {
        token.call("delete", name);
    }

    /** {@code Namespace(x=1, y=2)}, as Python prints one. */
    @Override
    public String toString() {
        Map<?, ?> attributes;
        try {
            attributes = (Map<?, ?>) token.call("copy");
        } catch (IllegalStateException notRunning) {
            return super.toString();
        }
        return attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "Namespace(", ")"));
    }
}
