package proclab.queue;

import java.time.Duration;
import java.util.Optional;

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
        // TODO 1: put the tray without waiting; return false when the counter is full
        throw new UnsupportedOperationException("TODO 1: serve the tray if there is room now");
    }

    /** Serves a tray, waiting at most {@code patience} for room; false if no room came. */
    public static boolean serveWithin(Queue<String> counter, String tray, Duration patience) {
        // TODO 1: put the tray, waiting at most patience for room; return false when none came
        throw new UnsupportedOperationException("TODO 1: serve the tray within the patience");
    }

    /** Takes the oldest tray only if there is one now; empty if the counter is empty. */
    public static Optional<String> tryToTake(Queue<String> counter) {
        // TODO 1: take the oldest tray without waiting; Optional.empty() when there is none
        throw new UnsupportedOperationException("TODO 1: take a tray if there is one now");
    }

    /** Takes the oldest tray, waiting at most {@code patience} for one; empty if none came. */
    public static Optional<String> takeWithin(Queue<String> counter, Duration patience) {
        // TODO 1: take the oldest tray, waiting at most patience; Optional.empty() when none came
        throw new UnsupportedOperationException("TODO 1: take a tray within the patience");
    }
}
