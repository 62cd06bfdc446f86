package proclab.daemon;

import java.util.List;

import proclab.mp.Timeline;

/** The counter of the print shop in task 3, where customers hand in their orders. */
public final class Counter {
    private Counter() {
    }

    /** Today's customers, in the order they come in. */
    public static List<Order> todaysOrders() {
        return List.of(new Order("poster", 6), new Order("flyer", 4), new Order("menu", 5));
    }

    /** Serves the customer who hands in {@code order}: that takes 300 ms at the counter. */
    public static void take(Order order) throws InterruptedException {
        Timeline.record("order.taken", order.job());
        System.out.println("counter: took the " + order.job() + " (" + order.pages() + " pages)");
        Thread.sleep(300);
    }

    /** The last customer has left: the counter closes. */
    public static void close() {
        Timeline.record("counter.closed", "");
        System.out.println("counter closed");
    }
}
