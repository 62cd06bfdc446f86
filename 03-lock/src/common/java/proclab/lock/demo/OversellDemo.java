package proclab.lock.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import proclab.lock.TicketDatabase;
import proclab.mp.Delays;
import proclab.mp.Process;
import proclab.mp.Value;

/**
 * The ticket office without a lock: ten buyers, three tickets. Every buyer looks at the stock and
 * then buys, and nothing stops two buyers from buying at the same time.
 *
 * <p>Run it: {@code ./mvnw -q -pl 03-lock compile exec:exec}
 */
public final class OversellDemo {
    private static final int TICKETS = 3;
    private static final int BUYERS = 10;

    private OversellDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ticket-office");
        TicketDatabase db = TicketDatabase.create(dir.resolve("tickets.json").toString(), TICKETS)
                .opensWhenWaiting(BUYERS);
        // The database answers slowly, as one far away over the network would.
        Delays.set("tickets.read", Duration.ofMillis(200));
        Delays.set("tickets.write", Duration.ofMillis(100));
        // Only to count the buyers who think they got a ticket; Value comes with a lock of its own.
        Value<Integer> happyBuyers = Value.of(0);

        System.out.println(TICKETS + " tickets, " + BUYERS + " buyers, no lock. The sale opens when every buyer is waiting.");
        List<Process> buyers = new ArrayList<>();
        for (int i = 1; i <= BUYERS; i++) {
            String name = "buyer-" + i;
            buyers.add(new Process(name, () -> {
                if (visitWithoutLock(db, name)) {
                    happyBuyers.getLock().acquire();
                    try {
                        happyBuyers.set(happyBuyers.get() + 1);
                    } finally {
                        happyBuyers.getLock().release();
                    }
                }
            }));
        }
        for (Process buyer : buyers) {
            buyer.start();
        }
        for (Process buyer : buyers) {
            buyer.join();
        }

        System.out.println();
        System.out.println(happyBuyers.get() + " buyers bought a ticket, but there were only " + TICKETS + ". The database"
                + " says " + db.ticketsLeft() + " left.");
        Files.deleteIfExists(Path.of(db.file()));
        Files.deleteIfExists(dir);
    }

    /** Look at the stock, then buy: read the count and write it back one lower. No lock anywhere. */
    private static boolean visitWithoutLock(TicketDatabase db, String buyer) {
        System.out.println(buyer + " sees " + db.read() + " tickets left");
        int count = db.read();
        if (count <= 0) {
            System.out.println(buyer + " found no ticket left");
            return false;
        }
        db.write(count - 1);
        System.out.println(buyer + " bought a ticket");
        return true;
    }
}
