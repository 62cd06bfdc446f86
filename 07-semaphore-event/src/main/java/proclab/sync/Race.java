package proclab.sync;

import java.time.Duration;

import proclab.mp.Event;

/** Task 2: a start gate. Runners wait at the line until the pistol is fired. */
public final class Race {
    private Race() {
    }

    /**
     * One runner: it goes to the start line and waits for the pistol, at most {@code patience}.
     * If the pistol is fired in time, it runs and returns true; if not, it goes home and returns
     * false.
     */
    public static boolean runner(Event pistol, Duration patience, String runner) {
        // TODO 2: go to the start line (Track.toLine); wait for the pistol, at most patience; then
        //  run (Track.run) and return true, or, if it was never fired, go home (Track.goHome) and
        //  return false.
        throw new UnsupportedOperationException("TODO 2: wait at the line for the pistol, then run or go home");
    }
}
