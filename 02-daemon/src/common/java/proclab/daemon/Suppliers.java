package proclab.daemon;

import java.util.List;

import proclab.mp.Timeline;

/** The suppliers of the shop in task 4, and a slow way to ask them for their prices. */
public final class Suppliers {
    public static final List<String> ALL = List.of("bakery", "dairy", "orchard");

    private Suppliers() {
    }

    /** Asks {@code supplier} for today's price: a slow call, like one over the network. */
    public static Price fetch(String supplier, int round) throws InterruptedException {
        Thread.sleep(150);
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Timeline.record("price.fetch", supplier + " parent=" + parent);
        int base = 100 + 50 * ALL.indexOf(supplier);
        return new Price(supplier, base + round / 4 % 5); // a new price every fourth round
    }
}
