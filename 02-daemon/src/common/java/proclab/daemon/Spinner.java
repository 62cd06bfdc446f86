package proclab.daemon;

import proclab.mp.Timeline;

/** The spinner of task 1: it shows that the program is busy. It never stops by itself. */
public final class Spinner {
    private static final String FRAMES = "|/-\\";

    private Spinner() {
    }

    /** Prints a new frame every 100 ms, forever. */
    public static void spin() throws InterruptedException {
        for (int turn = 0; ; turn++) {
            System.out.println("spinner " + FRAMES.charAt(turn % FRAMES.length()));
            Timeline.record("spinner.frame", Integer.toString(turn));
            Thread.sleep(100);
        }
    }
}
