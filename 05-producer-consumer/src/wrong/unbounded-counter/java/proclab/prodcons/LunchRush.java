package proclab.prodcons;

import proclab.mp.Process;
import proclab.mp.Queue;

/** Task 4. A fast cook, a slow eater, and a counter with room for only a few buns. */
public final class LunchRush {
    private LunchRush() {
    }

    /**
     * One cook, named cook, steams {@code buns} buns; one eater, named eater, eats them. The counter
     * holds at most {@code room} items, so the cook is never more than {@code room} buns ahead.
     * Returns when every bun is eaten and both have gone home.
     */
    public static void serve(int buns, int room) {
        Queue<String> counter = new Queue<>();
        Process cook = new Process("cook", () -> Cook.cook(counter, buns));
        Process eater = new Process("eater", () -> Eater.eatUntilClosed(counter));
        cook.start();
        eater.start();
        cook.join();
        counter.put(Buns.CLOSED);
        eater.join();
    }
}
