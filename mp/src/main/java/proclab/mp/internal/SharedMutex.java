package proclab.mp.internal;

import java.io.Serializable;

/**
 * Mutual exclusion between processes on one word of shared memory: 0 when free, otherwise the
 * {@link ProcessToken} of the holder. Taking it is a compare-and-set; a waiter that finds the
 * holder dead takes the lock over, so a process killed while holding it blocks nobody.
 */
public final class SharedMutex implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Segment memory;
    private final int at;

    public SharedMutex(Segment memory, int at) {
        this.memory = memory;
        this.at = at;
    }

    /** What {@link #acquire} did: got the lock, got it from a dead holder, or gave up. */
    public enum Outcome { ACQUIRED, RECOVERED, TIMED_OUT }

    /**
     * Takes the lock for this process, waiting at most {@code timeoutNanos} (negative: forever;
     * zero: not at all).
     */
    public Outcome acquire(long timeoutNanos) {
        long me = ProcessToken.current();
        if (memory.compareAndSetLong(at, 0, me)) {
            return Outcome.ACQUIRED;
        }
        if (timeoutNanos == 0) {
            return Outcome.TIMED_OUT;
        }
        Backoff backoff = Backoff.within(timeoutNanos);
        while (backoff.pause()) {
            long holder = memory.getLong(at);
            if (holder == 0) {
                if (memory.compareAndSetLong(at, 0, me)) {
                    return Outcome.ACQUIRED;
                }
            } else if (backoff.timeToCheck() && !ProcessToken.isAlive(holder)
                    && memory.compareAndSetLong(at, holder, me)) {
                return Outcome.RECOVERED;
            }
        }
        return Outcome.TIMED_OUT;
    }

    /** Frees the lock; false if it was not held. Any process may release it, as in Python. */
    public boolean release() {
        while (true) {
            long holder = memory.getLong(at);
            if (holder == 0) {
                return false;
            }
            if (memory.compareAndSetLong(at, holder, 0)) {
                return true;
            }
        }
    }

    /** The holder's token, or 0. */
    public long holder() {
        return memory.getLong(at);
    }
}
