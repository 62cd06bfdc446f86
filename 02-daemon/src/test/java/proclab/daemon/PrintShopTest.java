package proclab.daemon;

import java.util.List;
import java.util.Optional;

import proclab.testkit.Graded;
import proclab.testkit.RunningProgram;
import proclab.testkit.TimelineFile.Event;

/** Task 3: PrintShop runs in a JVM of its own; its printers must finish, and the counter must not wait for them. */
class PrintShopTest {
    @Graded(task = 3, points = 10, hint = "When main's code ends, daemons are stopped at once, whatever they were"
            + " doing. The program waits for an ordinary child: that is what a printer with work to finish needs.")
    void everyOrderIsPrintedInFull() {
        try (RunningProgram shop = Programs.start(PrintShop.class)) {
            Programs.awaitMainLine(shop, "counter closed"::equals, "'counter closed'");

            RunningProgram.Result end = Programs.awaitEnd(shop, () -> "The program was still running "
                    + Programs.END.toSeconds() + " s after the counter had closed. " + shop.transcript());

            Events events = Events.recorded();
            for (Order order : Counter.todaysOrders()) {
                if (events.named("print.done").stream().noneMatch(e -> e.detail().equals(order.job()))) {
                    throw shop.failure("The " + order.job() + " was not printed in full: " + whereItStopped(events, order)
                            + " The program ended without waiting for its printer.");
                }
            }
            if (end.exitCode() != 0) {
                throw shop.failure("The program ended with exit code " + end.exitCode() + " instead of 0. "
                        + shop.transcript());
            }
        }
    }

    @Graded(task = 3, points = 5, hint = "join() makes main wait until that printer has finished, and the next"
            + " customer waits with it. The program waits for its printers anyway, after main's code has ended.")
    void theCounterDoesNotWaitForThePrinters() {
        try (RunningProgram shop = Programs.start(PrintShop.class)) {
            Programs.awaitMainLine(shop, "counter closed"::equals, "'counter closed'");
            Programs.awaitEnd(shop, () -> "The program was still running " + Programs.END.toSeconds()
                    + " s after the counter had closed. " + shop.transcript());

            Events events = Events.recorded();
            List<Order> orders = Counter.todaysOrders();
            for (int i = 1; i < orders.size(); i++) {
                Order before = orders.get(i - 1);
                Order next = orders.get(i);
                Optional<Event> printed = events.named("print.done").stream()
                        .filter(e -> e.detail().equals(before.job())).findFirst();
                long taken = events.named("order.taken").stream().filter(e -> e.detail().equals(next.job()))
                        .findFirst().orElseThrow().nanos();
                if (printed.isEmpty()) {
                    throw shop.failure("The " + before.job() + " was never printed in full, so the counter had no"
                            + " printer to wait for. " + shop.transcript());
                }
                if (printed.get().nanos() < taken) {
                    throw shop.failure("The counter took the " + next.job() + " only after the " + before.job()
                            + " had been printed in full: the customer waited at the counter while main waited for"
                            + " the printer.");
                }
            }
        }
    }

    /** The last page of the order that the timeline shows. */
    private static String whereItStopped(Events events, Order order) {
        List<Event> pages = events.named("print.page").stream()
                .filter(e -> e.detail().startsWith(order.job() + " ")).toList();
        return pages.isEmpty()
                ? "not one of its " + order.pages() + " pages came out."
                : "its printer stopped after page " + pages.get(pages.size() - 1).detail().substring(order.job().length() + 1)
                        + ", when main's code had ended.";
    }
}
