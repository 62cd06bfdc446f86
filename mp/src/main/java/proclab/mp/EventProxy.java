package proclab.mp;

import java.time.Duration;

/**
 * A proxy to an event that a {@link Manager} holds: a flag with a way to wait for it, as
 * {@link Event}. Python's {@code wait()} is {@code await()} here, since Java's {@code Object} owns
 * {@code wait()}.
 */
public final class EventProxy extends BaseProxy {
    private static final long serialVersionUID = 1L;

    EventProxy(Token token) {
        super(token);
    }

    /** Sets the flag and wakes every process that awaits it. */
    public void set() {
        token.call("set");
        token.record("event.set");
    }

    /** Clears the flag: from now on {@link #await()} waits again. */
    public void clear() {
        token.call("clear");
        token.record("event.clear");
    }

    /** True while the flag is set. */
    public boolean isSet() {
        return (Boolean) token.call("isSet");
    }

    /** Waits until the flag is set; returns at once if it is. */
    public boolean await() {
        return await(-1L);
    }

    /** Waits at most {@code timeout}; true if the flag was set, false if the time ran out. */
    public boolean await(Duration timeout) {
        return await(Math.max(0, timeout.toNanos()));
    }

    private boolean await(long timeoutNanos) {
        boolean set = (Boolean) token.call("wait", timeoutNanos);
        token.record("event.wait", () -> set ? "set" : "timed out");
        Delays.at("event.wait");
        return set;
    }
}
