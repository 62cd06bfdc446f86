package proclab.mp;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;

import proclab.mp.internal.Arena;
import proclab.mp.internal.ProcessToken;
import proclab.mp.internal.Segment;
import proclab.mp.internal.SharedMutex;

/**
 * A reentrant lock shared by processes: Python's {@code multiprocessing.RLock}. The thread that
 * holds it may acquire it again; it is free once released as many times as it was acquired.
 * Only its holder may release it. A holder that dies releases it, as with {@link Lock}.
 */
public final class RLock implements Acquirable, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int OWNER_THREAD = 8;
    private static final int COUNT = 16;
    private static final SecureRandom KEYS = new SecureRandom();
    /**
     * Names the owning thread in shared memory. Not the thread id: every JVM's main thread is
     * thread 1, and a holder that dies leaves its owner word behind, so the thread ids of two
     * processes could match while a takeover is under way.
     */
    private static final ThreadLocal<Long> THREAD_KEY = ThreadLocal.withInitial(() -> KEYS.nextLong() | 1);

    private final Segment memory = Arena.allocate(24);
    private final SharedMutex mutex = new SharedMutex(memory, 0);
    private final String name = SharedName.next("RLock");

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
        if (heldByMe()) {
            memory.setLong(COUNT, memory.getLong(COUNT) + 1);
            return true;
        }
        SharedMutex.Outcome outcome = mutex.acquire(timeoutNanos);
        if (outcome == SharedMutex.Outcome.TIMED_OUT) {
            return false;
        }
        memory.setLong(OWNER_THREAD, THREAD_KEY.get());
        memory.setLong(COUNT, 1);
        Timeline.record("lock.acquire", name + (outcome == SharedMutex.Outcome.RECOVERED
                ? " (taken over from a holder that died)" : ""));
        Delays.at("lock.acquire");
        return true;
    }

    @Override
    public void release() {
        if (!heldByMe()) {
            throw new IllegalStateException("cannot release un-acquired lock " + name
                    + ": only the thread that holds an RLock may release it");
        }
        long count = memory.getLong(COUNT) - 1;
        if (count > 0) {
            memory.setLong(COUNT, count);
            return;
        }
        releaseFully();
    }

    /** For {@link Condition}: lets go of every level at once and says how many there were. */
    long releaseAll() {
        if (!heldByMe()) {
            throw new IllegalStateException("cannot wait on a condition whose lock " + name + " is not held");
        }
        long count = memory.getLong(COUNT);
        releaseFully();
        return count;
    }

    /** For {@link Condition}: takes the lock back with the levels it had. */
    void reacquire(long count) {
        acquire(-1);
        memory.setLong(COUNT, count);
    }

    private void releaseFully() {
        Timeline.record("lock.release", name);
        memory.setLong(COUNT, 0);
        memory.setLong(OWNER_THREAD, 0);
        mutex.release();
    }

    boolean heldByMe() {
        return mutex.holder() == ProcessToken.current()
                && memory.getLong(OWNER_THREAD) == THREAD_KEY.get();
    }

    @Override
    public String toString() {
        long holder = mutex.holder();
        return "<RLock(" + SharedName.holder(holder) + ", " + (holder == 0 ? 0 : memory.getLong(COUNT)) + ")>";
    }
}
