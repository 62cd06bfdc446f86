package proclab.mp;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.internal.Arena;
import proclab.mp.internal.Backoff;
import proclab.mp.internal.Segment;

/**
 * A flag shared by processes, with a way to wait for it: Python's {@code multiprocessing.Event}.
 * A traffic light is an event: cars {@link #await()} green; the light {@link #set()}s it for
 * green and {@link #clear()}s it for red.
 *
 * <p>Python's {@code wait()} is {@code await()} here: Java's {@code Object.wait()} has the name.
 */
public final class Event implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Segment memory = Arena.allocate(8);
    private final String name = SharedName.next("Event");

    /** Sets the flag: every process waiting for it goes on. */
    public void set() {
        // Stamped first, so that in the timeline no wait ever returns before the set that ended it.
        Timeline.record("event.set", name);
        memory.setLong(0, 1);
    }

    /** Clears the flag: later waits wait until it is set again. */
    public void clear() {
        Timeline.record("event.clear", name);
        memory.setLong(0, 0);
    }

    /** True while the flag is set (Python's {@code is_set()}). */
    public boolean isSet() {
        return memory.getLong(0) != 0;
    }

    /** Waits until the flag is set; returns at once if it is. */
    public boolean await() {
        return await(-1);
    }

    /** Waits at most {@code timeout}; true if the flag was set, false if the time ran out. */
    public boolean await(Duration timeout) {
        return await(Math.max(0, timeout.toNanos()));
    }

    private boolean await(long timeoutNanos) {
        Backoff backoff = Backoff.within(timeoutNanos);
        boolean set;
        while (!(set = isSet()) && backoff.pause()) {
            // keep waiting
        }
        Timeline.record("event.wait", name + (set ? " set" : " timed out"));
        Delays.at("event.wait");
        return set;
    }

    @Override
    public String toString() {
        return "<Event(" + (isSet() ? "set" : "unset") + ")>";
    }
}
