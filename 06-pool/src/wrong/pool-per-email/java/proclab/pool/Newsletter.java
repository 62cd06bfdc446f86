package proclab.pool;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Pool;
import proclab.mp.Process;

/** Task 4: the newsletter sent by a process per email, and by a pool. */
public final class Newsletter {
    private Newsletter() {
    }

    /** Starts one process per email, each sending its email, and waits for them all. */
    public static void processPerEmail(PostOffice office, List<Email> emails) {
        List<Process> senders = new ArrayList<>();
        for (Email email : emails) {
            Process sender = new Process(() -> office.send(email));
            sender.start();
            senders.add(sender);
        }
        for (Process sender : senders) {
            sender.join();
        }
    }

    /** Sends every email in a pool of {@code workers}; the receipts in the order of the emails. */
    public static List<Receipt> pooled(PostOffice office, List<Email> emails, int workers) {
        List<Receipt> receipts = new ArrayList<>();
        for (Email email : emails) {
            try (Pool pool = new Pool(workers)) {
                receipts.add(pool.apply(office::send, email));
            }
        }
        return receipts;
    }
}
