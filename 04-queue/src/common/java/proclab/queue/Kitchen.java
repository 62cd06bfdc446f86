package proclab.queue;

import proclab.mp.Timeline;

/**
 * The dumpling shop's kitchen: it turns an order into a dish. It notes each dish on mp's
 * timeline, so that a test can see which process cooked it.
 */
public final class Kitchen {
    /** The last order of the day: after it, the kitchen closes. */
    public static final String CLOSING = "closing time";

    private Kitchen() {
    }

    /** Cooks one order: "dumplings" becomes "hot dumplings". */
    public static String cook(String order) {
        String dish = "hot " + order;
        Timeline.record("kitchen.cook", order + " -> " + dish);
        return dish;
    }
}
