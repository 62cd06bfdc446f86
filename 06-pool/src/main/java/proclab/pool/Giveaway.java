package proclab.pool;

import proclab.mp.AcquirerProxy;
import proclab.mp.DictProxy;

/** Task 3: readers take mugs from a stock that a manager's dict holds. */
public final class Giveaway {
    /** The key of the stock's count in the dict. */
    public static final String MUGS = "mugs";

    private Giveaway() {
    }

    /** Takes one mug: the count in {@code stock} goes down by one, with no update lost. */
    public static void claim(DictProxy<String, Integer> stock, AcquirerProxy lock) {
        // TODO 3: read the count under the key MUGS and put it back one lower, so that no other
        // process can change it in between.
        throw new UnsupportedOperationException("TODO 3: take one mug from the stock");
    }

    /**
     * Starts a stock of {@code readers} mugs in a manager and one process per reader that claims
     * a mug; returns the count the dict holds once every reader has ended.
     */
    public static int run(int readers) {
        // TODO 3: make a Manager, a dict {MUGS: readers} and a lock in it, start one process per
        // reader that calls claim, join them all, and return the count left. Shut the manager down.
        throw new UnsupportedOperationException("TODO 3: run the giveaway with a manager's dict and lock");
    }
}
