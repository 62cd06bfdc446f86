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
            try {
                lock.acquire();
                int count = db.read();
                if (count <= 0) {
                    System.out.println(buyer + " found no ticket left");
                    lock.release();
                    return false;
                }
                bank.charge(card);
                db.write(count - 1);
                System.out.println(buyer + " bought a ticket with " + card);
                lock.release(); // not reached when charge() throws
                return true;
            } catch (Bank.Declined e) {
                System.out.println(buyer + ": " + e.getMessage() + ", trying the next card");
            }
        }
        System.out.println(buyer + " has no card left to pay with");
        return false;
    }
}
