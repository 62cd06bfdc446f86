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
        // TODO 3: TicketOffice.check first; then for each card of bank.cardsOf(buyer), hold the lock
        //  while you read, bank.charge(card) and write. Catch Bank.Declined to try the next card,
        //  and make sure the lock is released on every way out.
        throw new UnsupportedOperationException("TODO 3: pay by card while holding the lock");
    }
}
