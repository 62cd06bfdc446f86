package proclab.lock;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import proclab.mp.Delays;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 1: ten buyers rush for three tickets. The database is slow, and the sale opens only when
 * all ten are waiting, so that without a working lock two buyers are between their read and their
 * write at the same time on every run.
 */
class TicketOfficeTest {
    private static final int BUYERS = 10;
    private static final int TICKETS = 3;

    @TempDir
    Path dir;

    @BeforeEach
    void slowDatabase() {
        Delays.set("tickets.read", ofMillis(300));
        Delays.set("tickets.write", ofMillis(200));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    private TicketDatabase database() {
        return TicketDatabase.create(dir.resolve("tickets.json").toString(), TICKETS).opensWhenWaiting(BUYERS);
    }

    /** Runs the student's rush and checks that it ran cleanly: all buyers started, ended, none crashed. */
    private static Trace rush(TicketDatabase db) {
        OfficeRun.Outcome run = OfficeRun.of(() -> TicketOffice.rush(db, BUYERS));
        RunChecks.ranCleanly(run, "rush(db, " + BUYERS + ")", Set.of());
        RunChecks.started(run.trace(), BUYERS, "rush(db, " + BUYERS + ")");
        return run.trace();
    }

    @Graded(task = 1, points = 20, hint = "Hold the one shared lock from the moment buy() reads the count until it"
            + " has written the new count. Make the Lock once in rush(), before the buyers start, and give that"
            + " same object to every buyer.")
    void tenBuyersNeverOversell() {
        TicketDatabase db = database();
        Trace trace = rush(db);
        List<Trace.Write> sales = trace.sales();
        for (Trace.Write write : trace.ticketWrites()) {
            if (write.wrote() < 0) {
                fail(write.buyer() + " wrote count=" + write.wrote() + " at " + trace.at(write.event())
                        + ": a buyer must not buy when no ticket is left.");
            }
        }
        if (sales.size() > TICKETS) {
            fail(sales.size() + " tickets sold but the database held " + TICKETS + ": "
                    + trace.lostSale().orElse("some buyers read the count before another buyer's sale was written") + ".");
        }
        if (sales.size() < TICKETS) {
            fail("Only " + sales.size() + " of " + TICKETS + " tickets were sold to " + BUYERS
                    + " buyers: every buyer should buy while tickets are left.");
        }
        if (db.ticketsLeft() != 0) {
            fail(TICKETS + " tickets were sold, yet the database says " + db.ticketsLeft()
                    + " are left: each sale must write the count it read, minus one.");
        }
    }

    @Graded(task = 1, points = 10, hint = "In visit(), call check() before you take the lock, and buy() after you have"
            + " taken it. Release the lock after buy(), in a finally block.")
    void buyersCheckTogetherAndBuyOneAtATime() {
        Trace trace = rush(database());
        List<Trace.Hold> holds = trace.holds();
        if (holds.isEmpty()) {
            fail("No buyer ever took a lock, so buying did not take turns. Each buyer must buy while holding"
                    + " the shared lock.");
        }
        for (String buyer : trace.started()) {
            List<Event> reads = trace.actions(buyer, "tickets.read");
            if (reads.isEmpty()) {
                fail(buyer + " never read the ticket database: each buyer checks the stock and then buys.");
            }
            Event check = reads.get(0);
            if (trace.heldLockAt(buyer, check)) {
                fail(buyer + " checked the stock at " + trace.at(check) + " while it held the lock, so the checks"
                        + " took turns too. A look at the stock changes nothing: it needs no lock, and all buyers"
                        + " can do it at once.");
            }
            List<Event> buying = new ArrayList<>(reads.subList(1, reads.size()));
            buying.addAll(trace.actions(buyer, "tickets.write"));
            for (Event step : buying) {
                if (!trace.heldLockAt(buyer, step)) {
                    fail(buyer + " did " + step.action() + " " + step.detail() + " at " + trace.at(step)
                            + " without holding the lock: every read and write of buy() must happen while"
                            + " the buyer holds it.");
                }
            }
        }
        for (int i = 0; i < holds.size(); i++) {
            for (int j = i + 1; j < holds.size(); j++) {
                Trace.Hold a = holds.get(i);
                Trace.Hold b = holds.get(j);
                if (!a.process().equals(b.process()) && a.overlaps(b)) {
                    fail(a.process() + " and " + b.process() + " held a lock at the same time (from "
                            + trace.at(a.from()) + " and from " + trace.at(b.from()) + "), so they held two"
                            + " different locks. A lock only keeps out the processes that use the same one.");
                }
            }
        }
    }
}
