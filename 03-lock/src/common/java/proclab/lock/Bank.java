package proclab.lock;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import proclab.mp.Delays;
import proclab.mp.Timeline;

/**
 * The bank that takes the buyers' card payments. Every buyer carries two cards,
 * {@code buyer-3/card-1} and {@code buyer-3/card-2}. The bank may decline some cards, and its
 * card terminal may hang on one card and never answer: a test chooses which.
 *
 * <p>Each charge pauses at the point {@code bank.charge} and goes into mp's {@link Timeline} as
 * {@code bank.charge CARD paid}, {@code CARD declined} or {@code CARD no answer}.
 */
public final class Bank implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The bank said no: the card was not charged. */
    public static final class Declined extends Exception {
        private static final long serialVersionUID = 1L;

        public Declined(String card) {
            super("the bank declined " + card);
        }
    }

    private final Set<String> declined;
    private final String hangsOn;

    private Bank(Set<String> declined, String hangsOn) {
        this.declined = declined;
        this.hangsOn = hangsOn;
    }

    /** A bank that accepts every card. */
    public static Bank acceptingAll() {
        return new Bank(Set.of(), null);
    }

    /** The same bank, but it declines these cards. */
    public Bank declining(String... cards) {
        return new Bank(Set.of(cards), hangsOn);
    }

    /** The same bank, but its terminal hangs for good when this card is charged. */
    public Bank hangingOn(String card) {
        return new Bank(declined, card);
    }

    /** The buyer's cards, in the order the buyer tries them. */
    public List<String> cardsOf(String buyer) {
        return List.of(buyer + "/card-1", buyer + "/card-2");
    }

    /** Charges the price of one ticket to {@code card}. */
    public void charge(String card) throws Declined {
        Delays.at("bank.charge");
        if (card.equals(hangsOn)) {
            Timeline.record("bank.charge", card + " no answer");
            while (true) {
                LockSupport.park(this); // the terminal hangs until its process is ended
            }
        }
        if (declined.contains(card)) {
            Timeline.record("bank.charge", card + " declined");
            throw new Declined(card);
        }
        Timeline.record("bank.charge", card + " paid");
    }
}
