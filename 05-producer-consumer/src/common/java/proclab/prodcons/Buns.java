package proclab.prodcons;

import proclab.mp.Delays;
import proclab.mp.Process;
import proclab.mp.Timeline;

/**
 * The bun shop's given work: steaming a bun and eating one. Both take time at the delay points
 * {@code bun.steam} and {@code bun.eat} (set with {@link Delays}), and both note on mp's timeline
 * what happened, so that the tests can check that every bun made was eaten once.
 */
public final class Buns {
    /**
     * The sentinel: an item that is not a bun. An eater that takes it from the counter knows that
     * no more buns will come, and goes home. Compare with {@code Buns.CLOSED.equals(item)}: an item
     * that comes out of a queue is a new object, so {@code ==} is never true.
     */
    public static final String CLOSED = "CLOSED";

    private Buns() {
    }

    /** Steams bun number {@code number} of the calling process, the cook, and returns it: "cook-1/3". */
    public static String steam(int number) {
        String cook = Process.currentProcess().name();
        Delays.at("bun.steam");
        String bun = cook + "/" + number;
        Timeline.record("bun.made", bun);
        System.out.println(cook + " steamed bun " + bun);
        return bun;
    }

    /** The calling process, an eater, eats the bun. It returns when the bun is eaten. */
    public static void eat(String bun) {
        String eater = Process.currentProcess().name();
        Delays.at("bun.eat");
        Timeline.record("bun.eaten", bun);
        System.out.println("    " + eater + " ate bun " + bun);
    }
}
