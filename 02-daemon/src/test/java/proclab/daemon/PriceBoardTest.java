package proclab.daemon;

import static org.awaitility.Awaitility.await;
import static proclab.daemon.Programs.LINE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import proclab.testkit.Graded;
import proclab.testkit.ProcessTrees;
import proclab.testkit.RunningProgram;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 4: PriceBoard runs in a JVM of its own. The board must show every supplier's price, with a
 * fetcher per supplier that main started, and the program must end when the shop closes.
 */
class PriceBoardTest {
    private static final String REFUSED = "daemonic processes are not allowed to have children";
    /** Keeps the shop open for this long (seconds) while the test looks at the board: long enough on a busy machine. */
    private static final String OPEN_LONG = "120";

    @Graded(task = 4, points = 12, hint = "A daemon cannot start processes, so the board cannot start its fetchers."
            + " Let main start the board and every fetcher, and give them one Queue to share.")
    void theBoardShowsEverySupplier() {
        try (RunningProgram shop = Programs.start(PriceBoard.class, OPEN_LONG)) {
            awaitFullBoard(shop);
        }
    }

    @Graded(task = 4, points = 6, hint = "Each supplier needs a fetcher process of its own, started by main:"
            + " new Process(..., () -> PriceFeed.fetchForever(supplier, prices)) in a loop over the suppliers.")
    void everySupplierHasAFetcherThatMainStarted() {
        try (RunningProgram shop = Programs.start(PriceBoard.class, OPEN_LONG)) {
            awaitFullBoard(shop);

            Events events = Events.recorded();
            Set<Long> board = events.pids("board.show");
            Map<String, Set<Long>> fetchers = events.named("price.fetch").stream().collect(Collectors.groupingBy(
                    PriceBoardTest::supplier, Collectors.mapping(Event::pid, Collectors.toSet())));
            Set<Long> seen = new HashSet<>();
            for (String supplier : Suppliers.ALL) {
                Set<Long> pids = fetchers.getOrDefault(supplier, Set.of());
                if (pids.stream().anyMatch(pid -> board.contains(pid) || pid == shop.pid())) {
                    throw shop.failure("The " + (pids.contains(shop.pid()) ? "main process" : "board process")
                            + " fetched the " + supplier + " prices itself: each supplier needs a fetcher process"
                            + " of its own.");
                }
                for (long pid : pids) {
                    if (!seen.add(pid)) {
                        throw shop.failure("Process " + pid + " fetched the prices of more than one supplier:"
                                + " each supplier needs a fetcher process of its own.");
                    }
                }
            }
            for (Event fetch : events.named("price.fetch")) {
                long parent = Long.parseLong(fetch.detail().substring(fetch.detail().indexOf("parent=") + 7));
                if (parent != shop.pid()) {
                    throw shop.failure("The " + supplier(fetch) + " fetcher (pid " + fetch.pid() + ") was started by process "
                            + parent + (board.contains(parent) ? ", the board," : "") + " and not by main (pid "
                            + shop.pid() + ").");
                }
            }
        }
    }

    @Graded(task = 4, points = 7, hint = "The board and the fetchers loop forever. The program waits for a child"
            + " that is not a daemon, so every one of them must be a daemon.")
    void theProgramEndsWhenTheShopCloses() {
        try (RunningProgram shop = Programs.start(PriceBoard.class)) {
            Programs.awaitMainLine(shop, "shop closed"::equals, "'shop closed'");

            RunningProgram.Result end = Programs.awaitEnd(shop, () -> "The program was still running "
                    + Programs.END.toSeconds() + " s after the shop had closed: " + stillRunning()
                    + " The program waits for every child that is not a daemon.");
            if (end.exitCode() != 0) {
                throw shop.failure("The program ended with exit code " + end.exitCode() + " instead of 0. "
                        + shop.transcript());
            }
            Programs.awaitGone(shop, Programs.started(shop, "a board or a fetcher"), left -> "Processes " + left
                    + " were still running after the program had ended.");
        }
    }

    /** Waits until the board shows a price for every supplier; stops early when mp has refused a start. */
    private static void awaitFullBoard(RunningProgram shop) {
        try {
            await().pollInterval(Duration.ofMillis(50)).atMost(LINE)
                    .until(() -> fullBoardShown(shop) || refused(shop) || !shop.isAlive());
        } catch (ConditionTimeoutException e) {
            throw shop.failure("The board showed no price for every supplier in " + LINE.toSeconds() + " s. "
                    + shop.transcript());
        }
        if (fullBoardShown(shop)) {
            return;
        }
        if (refused(shop)) {
            throw shop.failure("The board never showed the suppliers' prices: a daemon tried to start a process,"
                    + " and mp refused with '" + REFUSED + "'. " + shop.transcript());
        }
        throw shop.failure("The program ended before the board showed a price for every supplier. "
                + shop.transcript());
    }

    private static boolean fullBoardShown(RunningProgram shop) {
        return shop.stdout().stream().anyMatch(line -> line.startsWith("board:")
                && Suppliers.ALL.stream().allMatch(supplier -> line.contains(" " + supplier + "=")));
    }

    private static boolean refused(RunningProgram shop) {
        return shop.stderr().stream().anyMatch(line -> line.contains(REFUSED));
    }

    /** The processes of the program that still run, named by what they did. */
    private static String stillRunning() {
        Events events = Events.recorded();
        List<String> names = new ArrayList<>();
        for (Event start : events.named("start")) {
            if (ProcessTrees.isAlive(start.pid())) {
                names.add(start.process() + " (pid " + start.pid() + (start.detail().equals("daemon") ? ", a daemon)"
                        : ", not a daemon)"));
            }
        }
        return names.isEmpty() ? "" : String.join(", ", names) + " still ran.";
    }

    private static String supplier(Event fetch) {
        return fetch.detail().substring(0, fetch.detail().indexOf(' '));
    }
}
