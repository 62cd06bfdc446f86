package proclab.lock;

/** Task 4: the same rush without a lock, each buyer waiting for the one before to finish. */
public final class OneByOne {
    private OneByOne() {
    }

    /**
     * Buyers named {@code buyer-1} to {@code buyer-N}, each a process of its own that checks and
     * then buys, started one after the other: the next starts only when the one before has ended.
     */
    public static void rush(TicketDatabase db, int buyers) {
        // TODO 4: for each buyer, start a process that runs TicketOffice.check and then
        //  TicketOffice.buy, and wait for it to end before you start the next. No lock.
        throw new UnsupportedOperationException("TODO 4: one buyer after the other, with join");
    }
}
