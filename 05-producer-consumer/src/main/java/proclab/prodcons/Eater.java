package proclab.prodcons;

import proclab.mp.Queue;

/** Task 1. An eater: the consumer. It runs in a process of its own. */
public final class Eater {
    private Eater() {
    }

    /** Takes buns from the counter and eats them, one after another, until it takes {@link Buns#CLOSED}. */
    public static void eatUntilClosed(Queue<String> counter) {
        // TODO 1: take items from the counter and eat each bun with Buns.eat(bun); return at Buns.CLOSED.
        throw new UnsupportedOperationException("TODO 1: eat the buns from the counter until CLOSED");
    }
}
