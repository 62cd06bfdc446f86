package proclab.lock;

import proclab.mp.Process;

/** Task 4: the same rush without a lock, each buyer waiting for the one before to finish. */
public final class OneByOne {
    private OneByOne() {
    }

    /**
     * Buyers named {@code buyer-1} to {@code buyer-N}, each a process of its own that checks and
     * then buys, started one after the other: the next starts only when the one before has ended.
     */
    public static void rush(TicketDatabase db, int buyers) {
        for (int i = 1; i <= buyers; i++) {
            String name = "buyer-" + i;
            Process buyer = new Process(name, () -> {
                TicketOffice.check(db, name);
                TicketOffice.buy(db, name);
            });
            buyer.start();
            buyer.join();
        }
    }
}
