package proclab.prodcons;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import proclab.mp.Delays;
import proclab.mp.Empty;
import proclab.mp.Process;
import proclab.mp.Queue;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/** Task 1: one cook puts its buns on the counter; one eater eats from it until it takes CLOSED. */
@ExtendWith(QuietChildren.class)
class CookAndEaterTest {
    private static final int BUNS = 5;
    /** A bun that the test puts after CLOSED: an eater that has gone home never takes it. */
    private static final String LATE_BUN = "cook-1/late";

    @BeforeEach
    void pace() {
        Delays.set("bun.steam", ofMillis(20));
        Delays.set("bun.eat", ofMillis(20));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    @Graded(task = 1, points = 8, hint = "A loop from 1 to buns: steam the bun with Buns.steam(number), then"
            + " counter.put(bun). Put each bun as soon as it is steamed, not all of them at the end.")
    void theCookPutsEveryBunOnTheCounterInOrder() {
        Queue<String> counter = new Queue<>();
        Process cook = Children.named("cook-1", () -> Cook.cook(counter, BUNS));
        ShopRun.Outcome run = ShopRun.of(() -> {
            cook.start();
            cook.join();
        });
        RunChecks.ranCleanly(run, "The test's cook-1");

        List<String> expected = Trace.numbered("cook-1/", BUNS);
        List<String> onCounter = takeAll(counter);
        if (!onCounter.equals(expected)) {
            fail("cook.cook(counter, " + BUNS + ") ran in cook-1 and ended. Then the counter held " + onCounter
                    + ", not " + expected + ": the " + BUNS + " buns of cook-1, each once, in the order they were"
                    + " steamed.");
        }
        for (Event made : run.trace().made()) {
            List<Event> puts = run.trace().puts(made.detail());
            if (puts.isEmpty() || !puts.get(0).process().equals("cook-1")) {
                fail("Bun " + made.detail() + " was steamed at " + run.trace().at(made) + ", but cook-1 did not put it"
                        + " on the counter. The cook puts each bun it steams.");
            }
        }
    }

    @Graded(task = 1, points = 12, hint = "Loop: String item = counter.get(); if Buns.CLOSED.equals(item), return;"
            + " else Buns.eat(item). Use equals, not ==: an item that comes out of a queue is a new object.")
    void theEaterEatsEveryBunAndGoesHomeAtClosed() {
        Queue<String> counter = new Queue<>();
        List<String> buns = Trace.numbered("cook-1/", 4);
        Process eater = Children.named("eater-1", () -> Eater.eatUntilClosed(counter));
        ShopRun.Outcome run = ShopRun.of(() -> {
            eater.start();
            buns.forEach(counter::put);
            counter.put(Buns.CLOSED);
            counter.put(LATE_BUN);
            eater.join();
        });
        Trace trace = run.trace();
        Children.rethrowTodo(trace);
        for (Event e : trace.eaten()) {
            if (e.detail().equals(Buns.CLOSED)) {
                fail("eater-1 ate CLOSED at " + trace.at(e) + " as if it were a bun. CLOSED is the sign to go home:"
                        + " compare each item with Buns.CLOSED.equals(item), and return when it is CLOSED.");
            }
            if (e.detail().equals(LATE_BUN)) {
                fail("eater-1 ate " + LATE_BUN + " at " + trace.at(e) + ", which the test put after CLOSED. An"
                        + " eater that takes CLOSED goes home at once: it takes nothing more from the counter.");
            }
        }
        RunChecks.ranCleanly(run, "The test's eater-1");

        List<String> ate = trace.eaten().stream().map(Event::detail).toList();
        if (!ate.equals(buns)) {
            fail("The test put " + buns + " on the counter, then CLOSED. eater-1 ate " + ate + ": it should eat"
                    + " each bun once, in the order it takes them, with Buns.eat(bun).");
        }
        List<String> left = takeAll(counter);
        if (!left.equals(List.of(LATE_BUN))) {
            fail("After eater-1 had gone home, the counter held " + left + ", not [" + LATE_BUN + "]: the eater"
                    + " takes one item at a time, and nothing after CLOSED.");
        }
    }

    /** Everything on the counter now, in order. */
    private static List<String> takeAll(Queue<String> counter) {
        List<String> items = new ArrayList<>();
        while (true) {
            try {
                items.add(counter.getNowait());
            } catch (Empty e) {
                return items;
            }
        }
    }
}
