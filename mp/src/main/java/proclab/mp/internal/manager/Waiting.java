package proclab.mp.internal.manager;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * How a call waits on the server (for a lock to be free, an item to arrive): on the object's
 * monitor, woken by {@code notify} or {@code notifyAll}, and looking every 100 ms whether its
 * caller is still there. A caller killed while it waits must not take the lock or the item it
 * waited for.
 *
 * <p>A waiter checks for what it waits for before anything else, each time it wakes: so one that
 * was woken by {@code notify} never leaves without taking it, and no wake-up is lost.
 */
final class Waiting {
    private static final long LOOK_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** The caller is gone: the call ends without a reply, and so does its connection. */
    static final class CallerGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerGone() {
            super("the caller has gone", null, false, false);
        }
    }

    private Waiting() {
    }

    /**
     * Waits, holding {@code monitor}, until {@code ready} is true; false when {@code timeoutNanos}
     * ran out first (negative: wait as long as it takes; zero: do not wait).
     */
    static boolean until(Object monitor, BooleanSupplier ready, long timeoutNanos, Caller caller)
            throws InterruptedException {
        long start = System.nanoTime();
        long nextLook = start + LOOK_EVERY_NANOS;
        while (!ready.getAsBoolean()) {
            long now = System.nanoTime();
            long left = timeoutNanos < 0 ? LOOK_EVERY_NANOS : timeoutNanos - (now - start);
            if (left <= 0) {
                return false;
            }
            if (now - nextLook >= 0) {
                if (caller.gone()) {
                    throw new CallerGone();
                }
                nextLook = now + LOOK_EVERY_NANOS;
            }
            TimeUnit.NANOSECONDS.timedWait(monitor, Math.min(left, LOOK_EVERY_NANOS));
        }
        return true;
    }
}
