package proclab.mp.internal;

import java.util.concurrent.locks.LockSupport;

/**
 * How a process waits for another one to change shared memory: a few quick spins (the change is
 * often a microsecond away), then yields for up to 50 microseconds, then sleeps that grow up to a
 * millisecond so that a long wait costs almost no CPU.
 *
 * <p>The yields matter for a conversation between two processes (a pipe's ping-pong, a lock handed
 * back and forth): Linux lets the shortest sleep last some 50 microseconds, far longer than the
 * other side takes to answer. A yield gives the core away only when another thread wants it.
 */
public final class Backoff {
    private static final int SPINS = 100;
    private static final long YIELD_NANOS = 50_000;
    private static final long FIRST_SLEEP_NANOS = 10_000;
    private static final long MAX_SLEEP_NANOS = 1_000_000;
    /** How often a waiter looks into why it waits (a dead lock holder, say). */
    private static final long CHECK_EVERY_NANOS = 10_000_000;

    private final long deadline;
    private final long yieldUntil;
    private int rounds;
    private long sleep = FIRST_SLEEP_NANOS;
    private long nextCheck;

    private Backoff(long deadline) {
        long now = System.nanoTime();
        this.deadline = deadline;
        this.yieldUntil = now + YIELD_NANOS;
        this.nextCheck = now + CHECK_EVERY_NANOS;
    }

    /** Waits for as long as it takes. */
    public static Backoff forever() {
        return new Backoff(Long.MAX_VALUE);
    }

    /** Waits at most {@code nanos}; negative means forever, zero means not at all. */
    public static Backoff within(long nanos) {
        if (nanos < 0) {
            return forever();
        }
        long now = System.nanoTime();
        long deadline = now + nanos;
        return new Backoff(deadline < now ? Long.MAX_VALUE : deadline);
    }

    /** Pauses once; false when the deadline has passed and the caller should give up. */
    public boolean pause() {
        if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
            return false;
        }
        rounds++;
        if (rounds <= SPINS) {
            Thread.onSpinWait();
        } else if (System.nanoTime() - yieldUntil < 0) {
            Thread.yield();
        } else {
            long left = deadline == Long.MAX_VALUE ? sleep : Math.min(sleep, deadline - System.nanoTime());
            LockSupport.parkNanos(Math.max(left, 1));
            sleep = Math.min(sleep * 2, MAX_SLEEP_NANOS);
        }
        return true;
    }

    /** True about every 10 ms of waiting: time to check whether the wait can ever end. */
    public boolean timeToCheck() {
        long now = System.nanoTime();
        if (now - nextCheck >= 0) {
            nextCheck = now + CHECK_EVERY_NANOS;
            return true;
        }
        return false;
    }
}
