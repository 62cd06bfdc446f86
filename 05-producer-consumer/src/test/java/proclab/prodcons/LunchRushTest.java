package proclab.prodcons;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.fail;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import proclab.mp.Delays;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 4: a cook that steams at once and an eater that takes its time, on a counter with room for
 * three items. The timeline's puts and gets show how many items lay on the counter at every moment.
 */
@ExtendWith(QuietChildren.class)
class LunchRushTest {
    private static final int BUNS = 10;
    private static final int ROOM = 3;
    private static final String CODE = "serve(" + BUNS + ", " + ROOM + ")";

    @BeforeEach
    void fastCookSlowEater() {
        Delays.set("bun.eat", ofMillis(150));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    @Graded(task = 4, points = 12, hint = "new Queue<>(room) holds at most room items: its put() waits while the"
            + " counter is full, and goes on when the eater takes an item. Give the cook that queue; no counting"
            + " of your own is needed.")
    void theCookIsNeverMoreThanRoomBunsAhead() {
        ShopRun.Outcome run = ShopRun.of(() -> LunchRush.serve(BUNS, ROOM));
        Trace trace = run.trace();
        Children.rethrowTodo(trace);
        List<Event> moves = trace.counterMoves();
        if (moves.isEmpty()) {
            fail(CODE + " put nothing on a counter: the cook puts each bun on it, and the eater takes them.");
        }
        List<Trace.Load> loads = trace.loads();
        Trace.Load peak = loads.stream().max(Comparator.comparingInt(Trace.Load::items)).orElseThrow();
        Optional<Trace.Load> over = loads.stream().filter(load -> load.items() > ROOM).findFirst();
        if (over.isPresent()) {
            Event put = over.get().put();
            fail("At " + trace.at(put) + ", " + put.process() + " put " + Trace.item(put) + " on the counter while it"
                    + " already held " + ROOM + " items, and the counter went on to hold " + peak.items() + " items"
                    + " (at " + trace.at(peak.put()) + "). It has room for " + ROOM + " only: make the counter a Queue"
                    + " with maxsize " + ROOM + ".");
        }
        if (peak.items() < ROOM) {
            fail("The counter never held more than " + peak.items() + " item" + (peak.items() == 1 ? "" : "s")
                    + ", though the cook is much faster than the eater and the counter has room for " + ROOM + ". Let"
                    + " the cook fill the counter: its maxsize is " + ROOM + ".");
        }
    }

    @Graded(task = 4, points = 8, hint = "Every bun must reach the eater: put() on a full queue waits for room, while"
            + " putNowait() throws Full at once. After the cook has finished, CLOSED sends the eater home; join both.")
    void everyBunIsEatenAndTheRushEnds() {
        ShopRun.Outcome run = ShopRun.of(() -> LunchRush.serve(BUNS, ROOM));
        Trace trace = run.trace();
        Children.rethrowTodo(trace);
        RunChecks.ranCleanly(run, CODE);
        List<String> started = trace.started().stream().sorted().toList();
        if (!started.equals(List.of("cook", "eater"))) {
            fail(CODE + " started " + (started.isEmpty() ? "no process" : Trace.names(started)) + ". It should start"
                    + " one cook, named cook, and one eater, named eater.");
        }
        List<String> expected = Trace.numbered("cook/", BUNS);
        List<String> eaten = trace.eaten().stream().map(Event::detail).toList();
        if (!eaten.equals(expected)) {
            List<String> missing = expected.stream().filter(bun -> !eaten.contains(bun)).toList();
            fail("The cook steams " + BUNS + " buns, and the eater should eat each of them once, in order: " + expected
                    + ". It ate " + eaten + (missing.isEmpty() ? "." : "; " + Trace.names(missing)
                    + " never reached it."));
        }
    }
}
