package proclab.lock;

import proclab.mp.Lock;

/** Task 3: a buyer who pays by card, and whose card may be declined while it holds the lock. */
public final class PayingBuyer {
    private PayingBuyer() {
    }

    /**
     * Checks the stock, then tries the buyer's cards in turn. For each card, while holding the
     * lock: read the count; if no ticket is left, give up; otherwise charge the card and write the
     * count one lower. A declined card sells nothing, and the buyer tries the next card. True if
     * this buyer got a ticket.
     */
    public static boolean visit(TicketDatabase db, Bank bank, Lock lock, String buyer) {
        TicketOffice.check(db, buyer);
        for (String card : bank.cardsOf(buyer)) {
            int count;
            lock.acquire();
            try {
                count = db.read();
            } finally {
                lock.release(); // the bank is slow: do not keep the others waiting for it
            }
            if (count <= 0) {
                System.out.println(buyer + " found no ticket left");
                return false;
            }
            try {
                bank.charge(card);
            } catch (Bank.Declined e) {
                System.out.println(buyer + ": " + e.getMessage() + ", trying the next card");
                continue;
            }
            lock.acquire();
            try {
                db.write(count - 1);
            } finally {
                lock.release();
            }
            System.out.println(buyer + " bought a ticket with " + card);
            return true;
        }
        System.out.println(buyer + " has no card left to pay with");
        return false;
    }
}
