package proclab.pool;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.AsyncResult;
import proclab.mp.Pool;

/** Task 2: sending emails through a pool, one by one with apply, or together with applyAsync. */
public final class Mailer {
    private Mailer() {
    }

    /** Sends the emails one after another in the pool's workers; the receipts in the order of the emails. */
    public static List<Receipt> oneByOne(Pool pool, PostOffice office, List<Email> emails) {
        List<Receipt> receipts = new ArrayList<>();
        for (Email email : emails) {
            receipts.add(pool.apply(office::send, email));
        }
        return receipts;
    }

    /**
     * Sends all emails at the same time in a new pool of {@code workers}; the receipts in the
     * order of the emails. The pool is closed and its workers have ended when this returns.
     */
    public static List<Receipt> allAtOnce(PostOffice office, List<Email> emails, int workers) {
        Pool pool = new Pool(workers);
        List<AsyncResult<Receipt>> pending = new ArrayList<>();
        for (Email email : emails) {
            pending.add(pool.applyAsync(office::send, email));
        }
        List<Receipt> receipts = new ArrayList<>();
        for (AsyncResult<Receipt> result : pending) {
            receipts.add(result.get());
        }
        pool.close();
        pool.join();
        return receipts;
    }
}
