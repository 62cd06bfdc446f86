package proclab.prodcons.demo;

import java.time.Duration;

import proclab.mp.Delays;
import proclab.mp.Process;
import proclab.mp.Queue;
import proclab.prodcons.Buns;

/**
 * The first bun shop of the lesson: one cook, one eater, and no way to tell the eater that the
 * shop has closed. The cook goes home; the eater waits for a next bun for ever. main waits a few
 * seconds to show it, then ends the eater by force.
 */
public final class NeverEndingShop {
    private static final int BUNS = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private NeverEndingShop() {
    }

    public static void main(String[] args) {
        Delays.set("bun.steam", Duration.ofMillis(200));
        Delays.set("bun.eat", Duration.ofMillis(300));
        Queue<String> counter = new Queue<>();

        Process cook = new Process("cook", () -> {
            for (int number = 1; number <= BUNS; number++) {
                counter.put(Buns.steam(number));
            }
            System.out.println("cook: " + BUNS + " buns done, I go home");
        });
        Process eater = new Process("eater", () -> {
            while (true) {                // no sentinel: the eater cannot know when to stop
                Buns.eat(counter.get());
            }
        });
        cook.start();
        eater.start();

        cook.join();
        System.out.println("main: the cook has gone home; now I wait for the eater");
        eater.join(PATIENCE);
        if (eater.isAlive()) {
            System.out.println("main: after " + PATIENCE.toSeconds() + " s the eater still waits in counter.get()"
                    + " for a bun that will never come.");
            System.out.println("main: nobody told it that the shop is closed. Without this timeout, main would"
                    + " wait for ever. I end the eater by force.");
            eater.terminate();
            eater.join();
        }
    }
}
