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
import proclab.mp.Lock;
import proclab.mp.Process;
import proclab.mp.Timeline;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 3: buyers pay by card while they hold the lock. A declined card throws; a hung card
 * terminal gets its buyer killed. Neither may keep the other buyers out for good.
 */
class PayingBuyerTest {
    private static final int BUYERS = 5;
    /** Where each test buyer notes what {@code visit} answered. */
    private static final String ANSWER = "test.bought";

    @TempDir
    Path dir;

    @BeforeEach
    void slowDatabaseAndBank() {
        Delays.set("tickets.read", ofMillis(100));
        Delays.set("tickets.write", ofMillis(50));
        Delays.set("bank.charge", ofMillis(50));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    private static List<Process> buyers(TicketDatabase db, Bank bank, Lock lock) {
        List<Process> buyers = new ArrayList<>();
        for (int i = 1; i <= BUYERS; i++) {
            buyers.add(buyer("buyer-" + i, db, bank, lock));
        }
        return buyers;
    }

    private static Process buyer(String name, TicketDatabase db, Bank bank, Lock lock) {
        return Children.named(name, () -> {
            boolean bought = PayingBuyer.visit(db, bank, lock, name);
            Timeline.record(ANSWER, String.valueOf(bought));
        });
    }

    private TicketDatabase database(int tickets) {
        return TicketDatabase.create(dir.resolve("tickets.json").toString(), tickets).opensWhenWaiting(BUYERS);
    }

    @Graded(task = 3, points = 15, hint = "Release the lock in a finally block, or hold it with"
            + " try (var held = lock.hold()) { ... }: then it is released when charge() throws Declined too.")
    void aDeclinedCardDoesNotBlockTheOthers() {
        // Buyer 2's first card is declined; both cards of buyer 4 are. Four tickets for five buyers:
        // buyer 2 meets its declined card while tickets are still left, whatever the order.
        TicketDatabase db = database(4);
        Bank bank = Bank.acceptingAll().declining("buyer-2/card-1", "buyer-4/card-1", "buyer-4/card-2");

        List<Process> buyers = buyers(db, bank, new Lock());

        OfficeRun.Outcome run = OfficeRun.of(() -> Children.startAndJoin(buyers));

        RunChecks.ranCleanly(run, "the buyers", Set.of());
        Trace trace = run.trace();
        checkEverySaleWasPaid(trace);
        List<Event> tries = trace.actions("buyer-2", "bank.charge");
        if (tries.stream().noneMatch(e -> e.detail().startsWith("buyer-2/card-2"))) {
            fail("buyer-2's first card was declined, and buyer-2 never tried its second card.");
        }
        checkAnswers(trace, Set.of("buyer-1", "buyer-2", "buyer-3", "buyer-5"));
        if (trace.sales().size() != 4 || db.ticketsLeft() != 0) {
            fail(trace.sales().size() + " tickets sold and " + db.ticketsLeft() + " left, but the four buyers"
                    + " with a working card should have bought all four.");
        }
    }

    @Graded(task = 3, points = 5, hint = "Charge the card while you hold the lock, between the read and the write."
            + " mp frees the lock of a process that dies; you only need to hold it at the right time.")
    void aBuyerKilledWhilePayingBlocksNobody() {
        // Five tickets for five buyers: buyer 3 always gets to pay, and its card terminal hangs. Once
        // buyer 3 is killed, a sixth buyer comes, so that someone surely needs the lock after it.
        TicketDatabase db = database(BUYERS);
        Bank bank = Bank.acceptingAll().hangingOn("buyer-3/card-1");
        Lock lock = new Lock();
        List<Process> buyers = buyers(db, bank, lock);
        Process buyer3 = buyers.get(2);
        Process latecomer = buyer("buyer-6", db, bank, lock);
        OfficeRun.Outcome outcome;
        try (OfficeRun run = OfficeRun.start(() -> {
            buyers.forEach(Process::start);
            buyer3.join(); // until the test kills it
            latecomer.start();
            buyers.forEach(Process::join);
            latecomer.join();
        })) {
            Event hung = run.awaitEvent(e -> e.action().equals("bank.charge") && e.detail().endsWith("no answer"),
                    "buyer-3 to pay with buyer-3/card-1");
            ProcessHandle.of(hung.pid()).ifPresent(ProcessHandle::destroyForcibly);
            outcome = run.finish();
        }

        RunChecks.ranCleanly(outcome, "the buyers", Set.of("buyer-3"));
        Trace trace = outcome.trace();
        if (trace.actions("lock.acquire").stream().noneMatch(e -> e.detail().contains("taken over"))) {
            fail("buyer-3 was killed while its card terminal hung, but it did not hold the lock then: no buyer"
                    + " had to take the lock over from it. Pay while you hold the lock.");
        }
        checkAnswers(trace, Set.of("buyer-1", "buyer-2", "buyer-4", "buyer-5", "buyer-6"));
        if (trace.sales().size() != BUYERS || db.ticketsLeft() != 0) {
            fail(trace.sales().size() + " tickets sold and " + db.ticketsLeft() + " left: the five buyers who were"
                    + " not killed should have bought one each.");
        }
    }

    /** A ticket is sold only after its card was charged. */
    private static void checkEverySaleWasPaid(Trace trace) {
        for (Trace.Write sale : trace.sales()) {
            Event lastCharge = null;
            for (Event e : trace.actions(sale.buyer(), "bank.charge")) {
                if (e.nanos() < sale.event().nanos()) {
                    lastCharge = e;
                }
            }
            if (lastCharge == null || !lastCharge.detail().endsWith("paid")) {
                fail(sale.buyer() + " wrote count=" + sale.wrote() + " at " + trace.at(sale.event()) + ", but "
                        + (lastCharge == null ? "it had not charged a card" : lastCharge.detail())
                        + ": sell the ticket only after the bank has said yes.");
            }
        }
    }

    /** Every buyer answered: true for those who should have bought, false for the others. */
    private static void checkAnswers(Trace trace, Set<String> shouldBuy) {
        for (Event answer : trace.actions(ANSWER)) {
            boolean expected = shouldBuy.contains(answer.process());
            if (Boolean.parseBoolean(answer.detail()) != expected) {
                fail(answer.process() + "'s visit() returned " + answer.detail() + ", but " + answer.process()
                        + (expected ? " should have bought a ticket." : " could not pay, so it bought nothing."));
            }
        }
    }
}
