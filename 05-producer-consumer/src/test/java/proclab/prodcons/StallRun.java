package proclab.prodcons;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import proclab.testkit.JavaProgram;
import proclab.testkit.RunningProgram;
import proclab.testkit.TimelineFile;

/**
 * Runs the stall of task 3, {@code BunStall COOKS BUNS_EACH EATERS}, as a program of its own, and
 * waits for its end. It calls the program stuck when every bun has been eaten and nothing new has
 * happened on the timeline for {@link #STILL}: a program that works ends right after its last bun.
 * The program, and everything it started, is ended before the result is returned.
 */
final class StallRun {
    /** At most this long for a run: the grader gives a test 90 s, and the cleanup needs time too. */
    static final Duration LIMIT = Duration.ofSeconds(60);
    /** Every bun eaten, and then nothing new on the timeline for this long: stuck. */
    static final Duration STILL = Duration.ofSeconds(10);
    /** How long the program's processes may take to die once the program has ended. */
    static final Duration DEATH = Duration.ofSeconds(20);
    static final String LAST_LINE = "all buns eaten, the stall closes";

    private final RunningProgram stall;
    private final int buns;
    private int eventsSeen = -1;
    private long quietSince = System.nanoTime();

    private StallRun(RunningProgram stall, int buns) {
        this.stall = stall;
        this.buns = buns;
    }

    /** How the stall ended. */
    enum Ending { BY_ITSELF, STUCK, TOO_SLOW }

    /**
     * How a run went.
     *
     * @param program      the program, already ended: for its output and its TODO
     * @param ending       how it ended
     * @param exitCode     its exit code, when it ended by itself
     * @param stillRunning the names of its processes that still ran when the test ended the program, or
     *                     {@link #DEATH} after the program had ended by itself
     * @param trace        what its processes did
     */
    record Outcome(RunningProgram program, Ending ending, int exitCode, List<String> stillRunning, Trace trace) {
        boolean printedLastLine() {
            return program.stdout().contains(LAST_LINE);
        }
    }

    static Outcome of(int cooks, int bunsEach, int eaters) {
        RunningProgram program = JavaProgram.main(BunStall.class).property("proclab.mp.spares", "0")
                .args(String.valueOf(cooks), String.valueOf(bunsEach), String.valueOf(eaters)).start();
        try (program) {
            return new StallRun(program, cooks * bunsEach).finish();
        }
    }

    private Outcome finish() {
        try {
            await().pollInterval(Duration.ofMillis(100)).atMost(LIMIT).until(() -> !stall.isAlive() || isStuck());
        } catch (ConditionTimeoutException e) {
            // too slow: ended below
        }
        if (!stall.isAlive()) {
            RunningProgram.Result result = stall.awaitExit(Duration.ofSeconds(10));
            try {
                await().pollInterval(Duration.ofMillis(100)).atMost(DEATH)
                        .until(() -> stall.descendantsSeen().stream().noneMatch(ProcessHandle::isAlive));
            } catch (ConditionTimeoutException e) {
                // named in the outcome
            }
            Trace trace = new Trace(TimelineFile.current());
            return new Outcome(stall, Ending.BY_ITSELF, result.exitCode(), running(trace), trace);
        }
        Trace trace = new Trace(TimelineFile.current());
        List<String> running = running(trace);
        Ending ending = isStuck() ? Ending.STUCK : Ending.TOO_SLOW;
        stall.close();
        return new Outcome(stall, ending, -1, running, trace);
    }

    /** The names of the program's processes that still run. */
    private List<String> running(Trace trace) {
        Map<Long, String> names = trace.namesByPid();
        return stall.descendantsSeen().stream().filter(ProcessHandle::isAlive)
                .map(p -> names.getOrDefault(p.pid(), "pid " + p.pid())).sorted().collect(Collectors.toList());
    }

    private boolean isStuck() {
        List<TimelineFile.Event> events = TimelineFile.current();
        if (events.size() != eventsSeen) {
            eventsSeen = events.size();
            quietSince = System.nanoTime();
            return false;
        }
        return new Trace(events).eaten().size() >= buns && System.nanoTime() - quietSince >= STILL.toNanos();
    }
}
