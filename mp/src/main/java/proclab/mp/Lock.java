package proclab.mp;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.internal.Arena;
import proclab.mp.internal.SharedMutex;

/**
 * A lock shared by processes: Python's {@code multiprocessing.Lock}. Create it in the parent and
 * capture it in the children's targets; each child then uses the same lock.
 *
 * <pre>{@code
 * Lock lock = new Lock();
 * Process p = new Process(() -> {
 *     try (var held = lock.hold()) {
 *         // one process at a time here
 *     }
 * });
 * }</pre>
 *
 * <p>Not reentrant: a second {@code acquire()} by the holder waits forever, as in Python. Any
 * process may release it. Beyond Python, a lock whose holder dies (even killed with -9) is taken
 * over by the next process that waits for it, within about 10 ms.
 */
public final class Lock implements Acquirable, Serializable {
    private static final long serialVersionUID = 1L;

    private final SharedMutex mutex = new SharedMutex(Arena.allocate(8), 0);
    private final String name = SharedName.next("Lock");

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
        SharedMutex.Outcome outcome = mutex.acquire(timeoutNanos);
        if (outcome == SharedMutex.Outcome.TIMED_OUT) {
            return false;
        }
        Timeline.record("lock.acquire", name + (outcome == SharedMutex.Outcome.RECOVERED
                ? " (taken over from a holder that died)" : ""));
        Delays.at("lock.acquire");
        return true;
    }

    /** Releases the lock; releasing a lock that is not held is an error, as in Python. */
    @Override
    public void release() {
        if (mutex.holder() == 0) {
            throw new IllegalStateException(name + " released too many times: it was not held");
        }
        // Recorded before the release, so that in the timeline no acquire ever precedes it.
        Timeline.record("lock.release", name);
        mutex.release();
    }

    boolean heldByThisProcess() {
        return mutex.holder() == proclab.mp.internal.ProcessToken.current();
    }

    /** True while some process holds the lock. */
    public boolean isLocked() {
        return mutex.holder() != 0;
    }

    @Override
    public String toString() {
        return "<Lock(owner=" + SharedName.holder(mutex.holder()) + ")>";
    }
}
