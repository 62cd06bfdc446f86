package proclab.mp.internal;

import java.util.concurrent.locks.LockSupport;

/**
 * How a pool's threads and workers wait for work that another process will put in shared memory:
 * a few spins, then parks that double up to a ceiling. Unlike {@link Backoff} the ceiling is chosen
 * by the caller: short while an answer is due soon, long while nothing is expected. A thread
 * parked here also wakes up at {@link LockSupport#unpark}.
 *
 * <p>No {@link Thread#yield()}: on a loaded machine a yield can give the processor away for a
 * whole scheduling period, where a short park wakes up on time. Measured: a pool's map took two to
 * four times as long with ten yields per wait at a load of 100 on two cores.
 */
public final class IdleWait {
    private static final int SPINS = 50;
    private static final long FIRST_PARK_NANOS = 5_000;

    private int rounds;
    private long park = FIRST_PARK_NANOS;

    /** Work arrived: the next wait starts again with spins. */
    public void reset() {
        rounds = 0;
        park = FIRST_PARK_NANOS;
    }

    /** Waits once, never longer than {@code ceilingNanos}. */
    public void pause(long ceilingNanos) {
        rounds++;
        if (rounds <= SPINS) {
            Thread.onSpinWait();
        } else {
            LockSupport.parkNanos(Math.min(park, ceilingNanos));
            park = Math.min(park * 2, ceilingNanos);
        }
    }
}
