package proclab.mp;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.internal.Arena;
import proclab.mp.internal.Backoff;
import proclab.mp.internal.Segment;

/**
 * A counter of permits shared by processes: Python's {@code multiprocessing.Semaphore}. Four
 * karaoke rooms are {@code new Semaphore(4)}: a group acquires a room, sings, releases it; a
 * fifth group waits until a room is free.
 */
public class Semaphore implements Acquirable, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int VALUE = 0;

    final Segment memory = Arena.allocate(16);
    final String name;

    public Semaphore(int value) {
        this(value, "Semaphore");
    }

    Semaphore(int value, String kind) {
        if (value < 0) {
            throw new IllegalArgumentException("a semaphore starts with 0 or more permits, not " + value);
        }
        memory.setLong(VALUE, value);
        name = SharedName.next(kind);
    }

    @Override
    public boolean acquire() {
        return acquire(-1);
    }

    @Override
    public boolean acquire(boolean block) {
        return acquire(block ? -1 : 0);
    }

    @Override
    public boolean acquire(Duration timeout) {
        return acquire(Math.max(0, timeout.toNanos()));
    }

    private boolean acquire(long timeoutNanos) {
        Backoff backoff = null;
        while (true) {
            long value = memory.getLong(VALUE);
            if (value > 0) {
                if (memory.compareAndSetLong(VALUE, value, value - 1)) {
                    Timeline.record("sem.acquire", name + " value=" + (value - 1));
                    Delays.at("sem.acquire");
                    return true;
                }
                continue;
            }
            if (backoff == null) {
                if (timeoutNanos == 0) {
                    return false;
                }
                backoff = Backoff.within(timeoutNanos);
            }
            if (!backoff.pause()) {
                return false;
            }
        }
    }

    /** Gives a permit back (and wakes a waiter). */
    @Override
    public void release() {
        checkRelease(memory.getLong(VALUE));
        // Recorded first, so that in the timeline no acquire ever precedes the release that allowed it.
        Timeline.record("sem.release", name);
        while (true) {
            long value = memory.getLong(VALUE);
            checkRelease(value);
            if (memory.compareAndSetLong(VALUE, value, value + 1)) {
                return;
            }
        }
    }

    void checkRelease(long value) {
        // a plain semaphore may grow without bound, as in Python
    }

    /** The number of free permits now (it may change at once). */
    public int value() {
        return (int) memory.getLong(VALUE);
    }

    @Override
    public String toString() {
        return "<Semaphore(value=" + value() + ")>";
    }
}
