package proclab.prodcons;

import static java.time.Duration.ofMillis;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import proclab.mp.Delays;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 3: the stall runs as a program of its own. Its eaters never go home by themselves: the
 * program must end once every bun is eaten, and the eaters with it.
 */
class BunStallTest {
    private static final int COOKS = 2;
    private static final int BUNS_EACH = 3;
    private static final int EATERS = 2;

    @BeforeEach
    void pace() {
        // Eating is slow: a stall that closes before the last bun is eaten stops an eater in the middle of it.
        Delays.set("bun.steam", ofMillis(50));
        Delays.set("bun.eat", ofMillis(500));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    @Graded(task = 3, points = 15, hint = "join() on a JoinableQueue returns when every item put has been marked done:"
            + " the eaters call taskDone() once per bun. Then main ends, and its daemon children end with it: start"
            + " the eaters with setDaemon(true).")
    void theStallClosesByItself() {
        StallRun.Outcome run = StallRun.of(COOKS, BUNS_EACH, EATERS);
        endedByItself(run);
        if (!run.printedLastLine()) {
            throw run.program().failure("The program ended without printing \"" + StallRun.LAST_LINE + "\". "
                    + run.program().transcript());
        }
        if (!run.stillRunning().isEmpty()) {
            throw run.program().failure("The program ended, but " + StallRun.DEATH.toSeconds() + " s later "
                    + Trace.names(run.stillRunning()) + " still ran. The eaters must end with the program: make them"
                    + " daemons, and let main's code end normally.");
        }
    }

    @Graded(task = 3, points = 15, hint = "taskDone() tells the counter \"this bun is finished\". Call it after"
            + " Buns.eat(bun) has returned, not when you take the bun: join() returns at the last taskDone(), and the"
            + " daemon eaters are stopped right after.")
    void everyBunIsEatenBeforeTheStallCloses() {
        StallRun.Outcome run = StallRun.of(COOKS, BUNS_EACH, EATERS);
        endedByItself(run);
        Trace trace = run.trace();
        Optional<Event> join = trace.actions("queue.join").stream()
                .filter(e -> e.process().equals("MainProcess")).findFirst();
        if (join.isEmpty()) {
            throw run.program().failure("The stall closed, but main never waited on the counter: serve() must"
                    + " call join() on the JoinableQueue, so that it returns only when every bun is eaten.");
        }
        long closedAt = join.get().nanos();
        for (Event made : trace.made()) {
            String bun = made.detail();
            List<Event> eaten = trace.eatenOf(bun);
            if (eaten.isEmpty()) {
                throw run.program().failure("The counter's join() returned at " + trace.at(closedAt) + " and the"
                        + " stall closed, but bun " + bun + " was never eaten" + takenBy(trace, bun)
                        + ". The eater was stopped with the program, in the middle of the bun.");
            }
            if (eaten.get(0).nanos() > closedAt) {
                throw run.program().failure("The counter's join() returned at " + trace.at(closedAt) + ", but "
                        + eaten.get(0).process() + " finished bun " + bun + " only at " + trace.at(eaten.get(0))
                        + ": join() said \"all done\" while a bun was still being eaten.");
            }
            if (eaten.size() > 1) {
                throw run.program().failure("Bun " + bun + " was eaten " + eaten.size() + " times. Each bun is eaten"
                        + " once.");
            }
        }
        if (trace.made().size() != COOKS * BUNS_EACH) {
            throw run.program().failure("The cooks made " + trace.made().size() + " buns, not " + COOKS * BUNS_EACH
                    + ": start " + COOKS + " cooks, each running Cook.cook(counter, " + BUNS_EACH + ").");
        }
    }

    /** ": eater-1 took it at 812 ms", if an eater took it. */
    private static String takenBy(Trace trace, String bun) {
        return trace.takes(bun).stream().findFirst().map(e -> ": " + e.process() + " took it from the counter at "
                + trace.at(e)).orElse("");
    }

    /** Fails, with what kept the program alive, unless it ended by itself. */
    private static void endedByItself(StallRun.Outcome run) {
        Trace trace = run.trace();
        String running = run.stillRunning().isEmpty() ? "its processes" : Trace.names(run.stillRunning());
        switch (run.ending()) {
            case BY_ITSELF -> {
                if (run.exitCode() != 0) {
                    throw run.program().failure("The program ended with exit code " + run.exitCode() + ": an"
                            + " exception in main or in serve(). " + run.program().transcript());
                }
            }
            case TOO_SLOW -> throw run.program().failure("The program was still running after "
                    + StallRun.LIMIT.toSeconds() + " s, so the test ended it. On a very busy computer this can be plain"
                    + " slowness: then run the test again when the computer is quieter. " + run.program().transcript());
            case STUCK -> {
                int eaten = trace.eaten().size();
                int done = trace.actions("queue.task_done").size();
                boolean joined = trace.actions("queue.join").stream().anyMatch(e -> e.process().equals("MainProcess"));
                if (joined || run.printedLastLine()) {
                    throw run.program().failure("Every bun was eaten and main's code had ended (it printed \""
                            + StallRun.LAST_LINE + "\"), yet " + StallRun.STILL.toSeconds() + " s later the program"
                            + " still ran, with " + running + ". A program waits for its children that are not"
                            + " daemons, and an eater of the stall never ends by itself. Start the eaters as"
                            + " daemons: they end with main.");
                }
                if (done < eaten) {
                    throw run.program().failure("The eaters ate " + eaten + " buns but marked only " + done + " of them"
                            + " done with taskDone(), so the counter's join() waited for ever. The test ended the"
                            + " program " + StallRun.STILL.toSeconds() + " s after the last bun.");
                }
                throw run.program().failure("Every bun was eaten, but " + StallRun.STILL.toSeconds() + " s later the"
                        + " program still ran, with " + running + ", and main had not returned from the counter's"
                        + " join(). " + run.program().transcript());
            }
            default -> throw new IllegalStateException(run.ending().toString());
        }
    }
}
