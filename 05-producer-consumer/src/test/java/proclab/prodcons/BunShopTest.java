package proclab.prodcons;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import proclab.mp.Delays;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/** Task 2: three cooks and three eaters share one counter; every bun is eaten once, and the shop closes. */
@ExtendWith(QuietChildren.class)
class BunShopTest {
    private static final int COOKS = 3;
    private static final int BUNS_EACH = 4;
    private static final int EATERS = 3;
    private static final String CODE = "open(" + COOKS + ", " + BUNS_EACH + ", " + EATERS + ")";

    @BeforeEach
    void pace() {
        // Steaming is slow enough that the eaters are waiting at the counter before the first bun is put.
        Delays.set("bun.steam", ofMillis(100));
        Delays.set("bun.eat", ofMillis(40));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    @Graded(task = 2, points = 20, hint = "Send the eaters home only when no bun can come any more: join every cook"
            + " first, then put CLOSED on the counter. All cooks and eaters share the one counter that open() makes.")
    void everyBunIsEatenExactlyOnce() {
        ShopRun.Outcome run = ShopRun.of(() -> BunShop.open(COOKS, BUNS_EACH, EATERS));
        Trace trace = run.trace();
        Children.rethrowTodo(trace);
        startedTheCrew(trace);

        List<String> expected = new ArrayList<>();
        for (String cook : Trace.numbered("cook-", COOKS)) {
            expected.addAll(Trace.numbered(cook + "/", BUNS_EACH));
        }
        List<String> made = trace.made().stream().map(Event::detail).sorted().toList();
        if (!made.equals(expected.stream().sorted().toList())) {
            fail("The cooks made " + made + ". Each of the " + COOKS + " cooks should make " + BUNS_EACH + " buns: "
                    + expected + ".");
        }
        for (Event e : trace.eaten()) {
            if (!e.process().startsWith("eater-")) {
                fail(e.process() + " ate bun " + e.detail() + " at " + trace.at(e) + ". Only the eaters eat.");
            }
            if (e.detail().equals(Buns.CLOSED)) {
                fail(e.process() + " ate CLOSED at " + trace.at(e) + " as if it were a bun: an eater goes home at"
                        + " CLOSED.");
            }
        }
        Map<String, List<Event>> eaten = trace.eaten().stream().collect(Collectors.groupingBy(Event::detail));
        for (String bun : expected) {
            List<Event> times = eaten.getOrDefault(bun, List.of());
            if (times.isEmpty()) {
                fail("Bun " + bun + " was made but never eaten. " + whyLeft(trace, bun));
            }
            if (times.size() > 1) {
                fail("Bun " + bun + " was eaten " + times.size() + " times, by "
                        + Trace.names(times.stream().map(Event::process).toList()) + ". Each bun is eaten once.");
            }
        }
    }

    @Graded(task = 2, points = 10, hint = "Each eater goes home at the first CLOSED it takes, so put one CLOSED for each"
            + " eater. Then join the eaters: open() returns when everybody has gone home.")
    void theShopClosesByItself() {
        ShopRun.Outcome run = ShopRun.of(() -> BunShop.open(COOKS, BUNS_EACH, EATERS));
        Children.rethrowTodo(run.trace());
        startedTheCrew(run.trace());
        RunChecks.ranCleanly(run, CODE);
    }

    /** Fails unless the shop started cook-1..3 and eater-1..3, each once. */
    private static void startedTheCrew(Trace trace) {
        List<String> expected = new ArrayList<>(Trace.numbered("cook-", COOKS));
        expected.addAll(Trace.numbered("eater-", EATERS));
        List<String> started = trace.started();
        if (!started.stream().sorted().toList().equals(expected.stream().sorted().toList())) {
            fail(CODE + " started " + (started.isEmpty() ? "no process" : Trace.names(started)) + ". It should start "
                    + Trace.names(expected) + ", each once.");
        }
    }

    /** Why a bun was left on the counter: CLOSED came before it, and the eaters had gone home. */
    private static String whyLeft(Trace trace, String bun) {
        List<Event> puts = trace.puts(bun);
        if (puts.isEmpty()) {
            return "It was never put on the counter.";
        }
        long putAt = puts.get(0).nanos();
        List<Event> closedBefore = trace.puts(Buns.CLOSED).stream().filter(e -> e.nanos() < putAt).toList();
        if (closedBefore.isEmpty()) {
            return "It was put on the counter at " + trace.at(putAt) + ", and no eater took it.";
        }
        List<String> home = trace.closedTakes().stream().map(e -> e.process() + " at " + trace.at(e)).toList();
        return "It was put on the counter at " + trace.at(putAt) + ", but " + closedBefore.get(0).process()
                + " had put CLOSED there before, at " + trace.at(closedBefore.get(0)) + ", while the cooks were still"
                + " steaming. A queue gives out its items in order, so the eaters took CLOSED first and went home"
                + (home.isEmpty() ? "" : " (" + Trace.names(home) + ")") + ". Put CLOSED only after every cook has"
                + " finished.";
    }
}
