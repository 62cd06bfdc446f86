package proclab.daemon;

import proclab.mp.Timeline;

/**
 * The main work of task 4: the shop serves customers while the board shows prices.
 *
 * <p>It stays open for the number of seconds given as the program's first argument, 2 unless
 * given.
 */
public final class Shop {
    private Shop() {
    }

    public static void openForBusiness(String... args) throws InterruptedException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 2;
        Timeline.record("shop.open", seconds + " s");
        System.out.println("shop open");
        long closing = System.nanoTime() + seconds * 1_000_000_000L;
        for (int customer = 1; System.nanoTime() < closing; customer++) {
            System.out.println("shop: serving customer " + customer);
            Thread.sleep(500);
        }
        Timeline.record("shop.closed", "");
        System.out.println("shop closed");
    }
}
