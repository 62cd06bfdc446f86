package proclab.prodcons;

import proclab.mp.Queue;

/** Task 1. An eater: the consumer. It runs in a process of its own. */
public final class Eater {
    private Eater() {
    }

    /** Takes buns from the counter and eats them, one after another, until it takes {@link Buns#CLOSED}. */
    public static void eatUntilClosed(Queue<String> counter) {
        while (true) {
            String item = counter.get();
            if (Buns.CLOSED.equals(item)) {
                return; // the sentinel is not a bun: do not eat it, and take nothing more
            }
            Buns.eat(item);
        }
    }
}
