package proclab.process;

import java.util.concurrent.ThreadLocalRandom;

import proclab.mp.Timeline;

/**
 * A six-sided die. Every roll is noted in mp's timeline with the process that rolled it, so the
 * tests can see which process rolled what.
 */
public final class Die {
    private Die() {
    }

    /** A number from 1 to 6, at random. */
    public static int roll() {
        int points = ThreadLocalRandom.current().nextInt(1, 7);
        Timeline.record("roll", Integer.toString(points));
        return points;
    }
}
