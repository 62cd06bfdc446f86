package proclab.daemon;

import proclab.mp.Timeline;

/** A printer of task 3: it prints one order, a page every 200 ms. */
public final class Printer {
    private Printer() {
    }

    public static void print(Order order) throws InterruptedException {
        for (int page = 1; page <= order.pages(); page++) {
            Thread.sleep(200);
            Timeline.record("print.page", order.job() + " " + page + "/" + order.pages());
            System.out.println("printer: " + order.job() + " page " + page + " of " + order.pages());
        }
        Timeline.record("print.done", order.job());
        System.out.println("printer: " + order.job() + " done");
    }
}
