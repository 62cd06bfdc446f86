package proclab.sync;

import proclab.mp.Timeline;

/**
 * The running track: what a runner does, said on the screen and marked on mp's timeline
 * ({@code track.line}, {@code track.run}, {@code track.home}).
 */
public final class Track {
    private Track() {
    }

    /** The runner takes its place at the start line. */
    public static void toLine(String runner) {
        Timeline.record("track.line", runner);
        System.out.println(runner + " is at the start line");
    }

    /** The runner runs the race. */
    public static void run(String runner) {
        Timeline.record("track.run", runner);
        System.out.println(runner + " runs");
    }

    /** The runner gives up waiting and goes home without running. */
    public static void goHome(String runner) {
        Timeline.record("track.home", runner);
        System.out.println(runner + " heard no start signal and goes home");
    }
}
