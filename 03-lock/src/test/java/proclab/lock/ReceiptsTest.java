package proclab.lock;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import proclab.mp.Delays;
import proclab.mp.Lock;
import proclab.mp.Process;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 2: four workers print four receipts on one slow printer, all starting at the same moment.
 * Each receipt must come out in one piece, and not by luck: while one worker prints its receipt,
 * it holds the lock the whole time.
 */
class ReceiptsTest {
    private static final int WORKERS = 4;

    @TempDir
    Path dir;

    @BeforeEach
    void slowPrinter() {
        Delays.set("printer.line", ofMillis(150));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    @Graded(task = 2, points = 15, hint = "Take the lock before the first line and release it after the last line,"
            + " in a finally block: one hold for the whole receipt, not one per line.")
    void receiptsComeOutWhole() {
        Printer printer = Printer.withPaper(dir.resolve("paper.txt").toString());
        Lock lock = new Lock();
        StartGate gate = new StartGate(WORKERS);
        List<Receipt> receipts = IntStream.rangeClosed(1, WORKERS).mapToObj(Receipt::forBuyer).collect(Collectors.toList());
        List<Process> workers = new ArrayList<>();
        for (Receipt receipt : receipts) {
            workers.add(Children.named(receipt.buyer(), () -> {
                gate.arrive();
                Receipts.print(printer, lock, receipt);
            }));
        }

        OfficeRun.Outcome run = OfficeRun.of(() -> Children.startAndJoin(workers));

        RunChecks.ranCleanly(run, "printing", Set.of());
        List<String> paper = printer.paper();
        for (Receipt receipt : receipts) {
            checkInOnePiece(receipt, receipts, paper);
        }
        for (Receipt receipt : receipts) {
            checkPrintedInOneHold(receipt, run.trace());
        }
    }

    private static void checkInOnePiece(Receipt receipt, List<Receipt> all, List<String> paper) {
        List<String> lines = receipt.lines();
        int first = paper.indexOf(lines.get(0));
        if (first < 0 || !paper.containsAll(lines)) {
            fail("The receipt of " + receipt.buyer() + " is missing from the paper, or part of it is. "
                    + show(paper));
        }
        for (int i = 1; i < lines.size(); i++) {
            int at = first + i;
            if (at >= paper.size() || !paper.get(at).equals(lines.get(i))) {
                String intruder = at >= paper.size() ? "missing" : "from the receipt of " + owner(paper.get(at), all);
                fail("The receipt of " + receipt.buyer() + " came out torn: its first line is line " + (first + 1)
                        + " of the paper, but line " + (at + 1) + " is " + intruder + ". " + show(paper));
            }
        }
    }

    /** Each worker's printed lines must all fall inside one time it held the lock. */
    private static void checkPrintedInOneHold(Receipt receipt, Trace trace) {
        String worker = receipt.buyer();
        List<Event> printed = trace.actions(worker, "printer.line");
        List<Trace.Hold> holds = trace.holdsOf(worker);
        for (Event line : printed) {
            if (holds.stream().noneMatch(h -> h.covers(line.nanos()))) {
                fail("The receipts came out whole this time, but only by luck: " + worker + " printed \""
                        + line.detail() + "\" at " + trace.at(line) + " without holding the lock.");
            }
        }
        long holdsUsed = holds.stream().filter(h -> printed.stream().anyMatch(line -> h.covers(line.nanos()))).count();
        if (holdsUsed > 1) {
            fail("The receipts came out whole this time, but only by luck: " + worker + " took the lock " + holdsUsed
                    + " times to print its " + printed.size() + " lines, and let it go in between. In such a gap"
                    + " another worker can print a line in the middle of this receipt.");
        }
    }

    private static String owner(String line, List<Receipt> receipts) {
        return receipts.stream().filter(r -> r.lines().contains(line)).map(Receipt::buyer).findFirst()
                .orElse("nobody");
    }

    private static String show(List<String> paper) {
        StringBuilder text = new StringBuilder("The paper reads:");
        for (int i = 0; i < Math.min(paper.size(), 8); i++) {
            text.append(String.format(Locale.ROOT, "%n  %2d  %s", i + 1, paper.get(i)));
        }
        if (paper.size() > 8) {
            text.append(String.format(Locale.ROOT, "%n      ... %d lines more", paper.size() - 8));
        }
        return text.toString();
    }
}
