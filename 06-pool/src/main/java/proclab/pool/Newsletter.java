package proclab.pool;

import java.util.List;

/** Task 4: the newsletter sent by a process per email, and by a pool. */
public final class Newsletter {
    private Newsletter() {
    }

    /** Starts one process per email, each sending its email, and waits for them all. */
    public static void processPerEmail(PostOffice office, List<Email> emails) {
        // TODO 4: start one Process per email that calls office.send(email), then join them all.
        throw new UnsupportedOperationException("TODO 4: send each email in a process of its own");
    }

    /** Sends every email in a pool of {@code workers}; the receipts in the order of the emails. */
    public static List<Receipt> pooled(PostOffice office, List<Email> emails, int workers) {
        // TODO 4: send all emails with one Pool of `workers`, and close it before you return.
        throw new UnsupportedOperationException("TODO 4: send the emails with one pool");
    }
}
