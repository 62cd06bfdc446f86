package proclab.prodcons;

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
        // TODO 4: a cook and an eater on a counter with room for `room` items; return when all is eaten.
        throw new UnsupportedOperationException("TODO 4: serve the lunch rush on a small counter");
    }
}
