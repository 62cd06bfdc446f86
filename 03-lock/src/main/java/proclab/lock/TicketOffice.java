package proclab.lock;

import proclab.mp.Lock;

/**
 * Task 1: the ticket office. Ten buyers, a few tickets, one database file. Looking at the stock
 * may happen all at once; buying must happen one buyer at a time.
 */
public final class TicketOffice {
    private TicketOffice() {
    }

    /** Looks at the stock and says what it saw. Reading changes nothing, so it needs no lock. */
    public static int check(TicketDatabase db, String buyer) {
        int count = db.read();
        System.out.println(buyer + " sees " + count + " tickets left");
        return count;
    }

    /**
     * Buys one ticket if one is left: reads the count and, if it is above 0, writes it back one
     * lower. True if this buyer got a ticket. It takes no lock itself: whoever calls it makes sure
     * that no other buyer is between its read and its write at the same time.
     */
    public static boolean buy(TicketDatabase db, String buyer) {
        // TODO 1: read the count; if it is above 0, write it back one lower, say so and return true;
        //  otherwise say that no ticket is left and return false.
        throw new UnsupportedOperationException("TODO 1: buy one ticket if one is left");
    }

    /** One buyer's visit: check the stock with everybody else, then buy while holding the lock. */
    public static boolean visit(TicketDatabase db, Lock lock, String buyer) {
        // TODO 1: check the stock without the lock; then buy while holding the lock, and release it
        //  even if buy() throws.
        throw new UnsupportedOperationException("TODO 1: check, then buy while holding the lock");
    }

    /**
     * The rush: buyers named {@code buyer-1} to {@code buyer-N}, each a process of its own, all
     * sharing one lock. Returns when every buyer has finished.
     */
    public static void rush(TicketDatabase db, int buyers) {
        // TODO 1: make one Lock; start one process per buyer, named buyer-1 to buyer-N, that runs
        //  visit(db, lock, name); then join every one of them.
        throw new UnsupportedOperationException("TODO 1: start the buyers, sharing one lock, and join them");
    }
}
