package proclab.prodcons;

import proclab.mp.Queue;

/** Task 1. A cook: the producer. It runs in a process of its own. */
public final class Cook {
    private Cook() {
    }

    /** Steams {@code buns} buns, numbered from 1, and puts each on the counter as soon as it is ready. */
    public static void cook(Queue<String> counter, int buns) {
        // TODO 1: steam bun 1, 2, ... buns with Buns.steam(number), and put each one on the counter.
        throw new UnsupportedOperationException("TODO 1: steam the buns and put them on the counter");
    }
}
