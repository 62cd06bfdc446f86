package proclab.mp.internal;

import java.util.concurrent.locks.LockSupport;

/**
 * How a pool's threads and workers wait for work that another process will put in shared memory:
 * a few spins, then parks that grow with the time already waited, up to a ceiling the caller
 * chooses. A wait that has lasted {@code t} parks about {@code t / 8} at a time, so what it waits
 * for is seen at most an eighth late, and a long wait wakes up only a few dozen times. A thread
 * parked here also wakes up at {@link LockSupport#unpark}.
 *
 * <p>No {@link Thread#yield()}, and no fixed short parks: on a loaded machine a yield can give the
 * processor away for a whole scheduling period, and frequent wake-ups take processor time from the
 * work being waited for. Measured at a load of 100 on two cores: ten yields per wait made a pool's
 * map two to four times slower, and parks of at most 50 µs cost the parent five times the
 * processor time of the map's own work.
 */
public final class IdleWait {
    private static final int SPINS = 50;
    private static final long SHORTEST_PARK_NANOS = 5_000;
    private static final int LATENESS = 8;

    private int spins;
    private long since;

    /** Work arrived: the next wait starts again with spins. */
    public void reset() {
        spins = 0;
        since = 0;
    }

    /** Waits once, never longer than {@code ceilingNanos}. */
    public void pause(long ceilingNanos) {
        if (since == 0) {
            since = System.nanoTime();
        }
        if (spins < SPINS) {
            spins++;
            Thread.onSpinWait();
            return;
        }
        long waited = System.nanoTime() - since;
        LockSupport.parkNanos(Math.max(SHORTEST_PARK_NANOS, Math.min(ceilingNanos, waited / LATENESS)));
    }
}
