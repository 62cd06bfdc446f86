package proclab.lock;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import proclab.mp.Delays;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 4: the rush made safe with join instead of a lock. Judged by what overlaps on the timeline:
 * the parent must start each buyer only after the one before has ended.
 */
class OneByOneTest {
    private static final int BUYERS = 4;
    private static final int TICKETS = 2;

    @TempDir
    Path dir;

    @BeforeEach
    void slowDatabase() {
        Delays.set("tickets.read", ofMillis(100));
        Delays.set("tickets.write", ofMillis(50));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    @Graded(task = 4, points = 15, hint = "In the loop: make the process, start() it, join() it; only then go on to"
            + " the next buyer. If a buyer ends with an error, finish buy() of task 1 first: this task uses it.")
    void buyersComeOneAfterTheOther() {
        TicketDatabase db = TicketDatabase.create(dir.resolve("tickets.json").toString(), TICKETS);
        String code = "OneByOne.rush(db, " + BUYERS + ")";

        OfficeRun.Outcome run = OfficeRun.of(() -> OneByOne.rush(db, BUYERS));

        RunChecks.ranCleanly(run, code, Set.of());
        Trace trace = run.trace();
        RunChecks.started(trace, BUYERS, code);
        List<Event> launches = trace.actions("launch");
        for (int i = 1; i < launches.size(); i++) {
            Event before = launches.get(i - 1);
            Event next = launches.get(i);
            Optional<Event> end = trace.actions(before.process(), "exit").stream().findFirst();
            if (end.isEmpty() || end.get().nanos() > next.nanos()) {
                fail(next.process() + " was started at " + trace.at(next) + ", while " + before.process()
                        + " was still running (it ended " + end.map(e -> "at " + trace.at(e)).orElse("later")
                        + "). One by one means that the next buyer starts only after the one before has ended.");
            }
        }
        if (trace.sales().size() != TICKETS || db.ticketsLeft() != 0) {
            fail(trace.sales().size() + " tickets sold and " + db.ticketsLeft() + " left, but " + BUYERS
                    + " buyers, one after the other, should have bought all " + TICKETS + ".");
        }
    }
}
