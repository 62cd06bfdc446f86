package proclab.pool;

import java.util.List;

import proclab.mp.Pool;

/** Task 2: sending emails through a pool, one by one with apply, or together with applyAsync. */
public final class Mailer {
    private Mailer() {
    }

    /** Sends the emails one after another in the pool's workers; the receipts in the order of the emails. */
    public static List<Receipt> oneByOne(Pool pool, PostOffice office, List<Email> emails) {
        // TODO 2: send each email with office.send, run in the pool by pool.apply, which waits for
        // the result. Collect the receipts.
        throw new UnsupportedOperationException("TODO 2: send the emails one by one with apply");
    }

    /**
     * Sends all emails at the same time in a new pool of {@code workers}; the receipts in the
     * order of the emails. The pool is closed and its workers have ended when this returns.
     */
    public static List<Receipt> allAtOnce(PostOffice office, List<Email> emails, int workers) {
        // TODO 2: make a Pool of `workers`, start every email with applyAsync, then get() each
        // receipt. Close the pool and join it before you return.
        throw new UnsupportedOperationException("TODO 2: send all emails with applyAsync, get, close and join");
    }
}
