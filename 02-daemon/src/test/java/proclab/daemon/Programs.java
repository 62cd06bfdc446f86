package proclab.daemon;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import proclab.testkit.JavaProgram;
import proclab.testkit.ProcessTrees;
import proclab.testkit.RunningProgram;

/** Runs the lesson's programs in JVMs of their own and waits for what they must do, with reasons when they do not. */
final class Programs {
    /** How long a program may take to end by itself once its main code is over. */
    static final Duration END = Duration.ofSeconds(20);
    /** How long a process may take to die once it has no reason to live. */
    static final Duration DEATH = Duration.ofSeconds(20);
    /** How long a program may take to reach a line of its output, on a busy machine. */
    static final Duration LINE = Duration.ofSeconds(60);
    /** How the JVM reports that main died of an exception. */
    private static final String MAIN_DIED = "Exception in thread \"main\"";

    private Programs() {
    }

    /**
     * Starts {@code main} in a JVM of its own. mp's spare JVMs are off there: they make later
     * starts faster, but here they would only be one more JVM to boot on a busy machine.
     */
    static RunningProgram start(Class<?> main, String... args) {
        return JavaProgram.main(main).property("proclab.mp.spares", "0").args(args).start();
    }

    /**
     * Waits for a line that the program's main code prints, and returns it. It stops early when
     * main has died of an exception and can no longer print it.
     */
    static String awaitMainLine(RunningProgram program, Predicate<String> matching, String what) {
        try {
            await().pollInterval(Duration.ofMillis(20)).atMost(LINE)
                    .until(() -> printed(program, matching) || mainDied(program) || !program.isAlive());
        } catch (ConditionTimeoutException e) {
            throw program.failure("Waited " + LINE.toSeconds() + " s for the program to print " + what + ". "
                    + program.transcript());
        }
        if (!printed(program, matching)) {
            // main is gone: the program ends soon, unless a child that is not a daemon holds it
            try {
                await().pollInterval(Duration.ofMillis(50)).atMost(END).until(() -> !program.isAlive());
            } catch (ConditionTimeoutException e) {
                throw program.failure("main died of an exception before it printed " + what + ", and the program"
                        + " was still running " + END.toSeconds() + " s later: a child that is not a daemon keeps"
                        + " it alive. " + mainsDeath(program));
            }
        }
        return program.awaitLine(matching, LINE); // returns at once, or as soon as the output has ended
    }

    private static boolean printed(RunningProgram program, Predicate<String> matching) {
        return program.stdout().stream().anyMatch(matching);
    }

    private static boolean mainDied(RunningProgram program) {
        return program.stderr().stream().anyMatch(line -> line.startsWith(MAIN_DIED));
    }

    /** The exception main died of and where it was thrown, from the program's stderr. */
    private static String mainsDeath(RunningProgram program) {
        List<String> stderr = program.stderr();
        int at = 0;
        while (at < stderr.size() && !stderr.get(at).startsWith(MAIN_DIED)) {
            at++;
        }
        return String.join(" ", stderr.subList(at, Math.min(at + 2, stderr.size())));
    }

    /** Waits for the program to end by itself and returns how; if it does not end, fails with the explanation. */
    static RunningProgram.Result awaitEnd(RunningProgram program, Supplier<String> explanation) {
        try {
            await().pollInterval(Duration.ofMillis(50)).atMost(END).until(() -> !program.isAlive());
        } catch (ConditionTimeoutException e) {
            throw program.failure(explanation.get());
        }
        return program.awaitExit(Duration.ofSeconds(5));
    }

    /** The pids of the processes the program started; fails, naming {@code what}, when it started none. */
    static Set<Long> started(RunningProgram program, String what) {
        Set<Long> pids = program.descendantsSeen().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
        if (pids.isEmpty()) {
            throw program.failure("The program never started " + what + ". " + program.transcript());
        }
        return pids;
    }

    /**
     * Waits until none of the processes runs any more; if some still do, fails with the
     * explanation for those.
     */
    static void awaitGone(RunningProgram program, Collection<Long> pids, Function<List<Long>, String> explanation) {
        try {
            await().pollInterval(Duration.ofMillis(50)).atMost(DEATH).until(() -> running(pids).isEmpty());
        } catch (ConditionTimeoutException e) {
            throw program.failure(explanation.apply(running(pids)));
        }
    }

    static List<Long> running(Collection<Long> pids) {
        return pids.stream().filter(ProcessTrees::isAlive).sorted().collect(Collectors.toList());
    }
}
