package proclab.queue;

import java.time.Duration;
import java.util.Optional;

import proclab.mp.Empty;
import proclab.mp.Full;
import proclab.mp.Queue;

/**
 * The counter between the cooks and the waiters: a bounded queue of trays. Cooks serve trays
 * onto it, waiters take them off. Each method says how long it is willing to wait.
 */
public final class Counter {
    private Counter() {
    }

    /** Serves a tray only if there is room now; false if the counter is full. */
    public static boolean tryToServe(Queue<String> counter, String tray) {
        try {
            counter.putNowait(tray);
            return true;
        } catch (Full full) {
            return false;
        }
    }

    /** Serves a tray, waiting at most {@code patience} for room; false if no room came. */
    public static boolean serveWithin(Queue<String> counter, String tray, Duration patience) {
        try {
            counter.put(tray, patience);
            return true;
        } catch (Full full) {
            return false;
        }
    }

    /** Takes the oldest tray only if there is one now; empty if the counter is empty. */
    public static Optional<String> tryToTake(Queue<String> counter) {
        try {
            return Optional.of(counter.getNowait());
        } catch (Empty empty) {
            return Optional.empty();
        }
    }

    /** Takes the oldest tray, waiting at most {@code patience} for one; empty if none came. */
    public static Optional<String> takeWithin(Queue<String> counter, Duration patience) {
        try {
            return Optional.of(counter.get(patience));
        } catch (Empty empty) {
            return Optional.empty();
        }
    }
}
