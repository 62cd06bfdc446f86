package proclab.queue;

import proclab.mp.Delays;
import proclab.mp.Timeline;

/**
 * A taster of the dumpling shop. Tasting takes as long as it takes: some dishes are slow. The
 * delay point {@code taste.DISH} (set with {@link Delays}) makes the taster of that dish late,
 * so that its verdict comes long after the others.
 */
public final class Taster {
    private Taster() {
    }

    /** Tastes a dish and gives it a score from 1 to 10. */
    public static Verdict taste(String dish) {
        Delays.at("taste." + dish);
        int score = Math.floorMod(dish.hashCode(), 10) + 1;
        Timeline.record("taster.taste", dish + "=" + score);
        return new Verdict(dish, score);
    }
}
