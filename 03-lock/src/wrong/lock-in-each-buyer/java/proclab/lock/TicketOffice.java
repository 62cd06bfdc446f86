package proclab.lock;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Lock;
import proclab.mp.Process;

/**
 * Task 1: the ticket office. Ten buyers, a few tickets, one database file. Looking at the stock
 * may happen all at once; buying must happen one buyer at a time.
 */
public final class TicketOffice {
    private TicketOffice() {
    }

    /** Looks at the stock and says what it saw. Reading changes nothing, so it needs no lock. */
    public static int check(TicketDatabase db, String buyer) {
        int count = db.read();
        System.out.println(buyer + " sees " + count + " tickets left");
        return count;
    }

    /**
     * Buys one ticket if one is left: reads the count and, if it is above 0, writes it back one
     * lower. True if this buyer got a ticket. It takes no lock itself: whoever calls it makes sure
     * that no other buyer is between its read and its write at the same time.
     */
    public static boolean buy(TicketDatabase db, String buyer) {
        int count = db.read();
        if (count <= 0) {
            System.out.println(buyer + " found no ticket left");
            return false;
        }
        db.write(count - 1);
        System.out.println(buyer + " bought a ticket");
        return true;
    }

    /** One buyer's visit: check the stock with everybody else, then buy while holding the lock. */
    public static boolean visit(TicketDatabase db, Lock lock, String buyer) {
        check(db, buyer);
        lock.acquire();
        try {
            return buy(db, buyer);
        } finally {
            lock.release();
        }
    }

    /**
     * The rush: buyers named {@code buyer-1} to {@code buyer-N}, each a process of its own, all
     * sharing one lock. Returns when every buyer has finished.
     */
    public static void rush(TicketDatabase db, int buyers) {
        List<Process> started = new ArrayList<>();
        for (int i = 1; i <= buyers; i++) {
            String name = "buyer-" + i;
            // Each buyer makes its own lock: nobody else ever waits for it.
            Process buyer = new Process(name, () -> visit(db, new Lock(), name));
            buyer.start();
            started.add(buyer);
        }
        for (Process buyer : started) {
            buyer.join();
        }
    }
}
