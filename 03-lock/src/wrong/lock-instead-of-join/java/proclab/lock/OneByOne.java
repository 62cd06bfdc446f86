package proclab.lock;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Lock;
import proclab.mp.Process;

/** Task 4: the same rush without a lock, each buyer waiting for the one before to finish. */
public final class OneByOne {
    private OneByOne() {
    }

    /**
     * Buyers named {@code buyer-1} to {@code buyer-N}, each a process of its own that checks and
     * then buys, started one after the other: the next starts only when the one before has ended.
     */
    public static void rush(TicketDatabase db, int buyers) {
        // Safe, but it is task 1 again: the buyers run at the same time and take turns at the lock.
        Lock lock = new Lock();
        List<Process> started = new ArrayList<>();
        for (int i = 1; i <= buyers; i++) {
            String name = "buyer-" + i;
            Process buyer = new Process(name, () -> TicketOffice.visit(db, lock, name));
            buyer.start();
            started.add(buyer);
        }
        for (Process buyer : started) {
            buyer.join();
        }
    }
}
