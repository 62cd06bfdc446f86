package proclab.lock;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import proclab.testkit.TimelineFile.Event;

/** What every test checks first: the processes ran, ended by themselves, and did not crash. */
final class RunChecks {
    private RunChecks() {
    }

    /**
     * Fails with an explanation if the run got stuck, if the code returned before its processes
     * ended, or if a process crashed. {@code endedOnPurpose} are processes the test killed itself.
     */
    static void ranCleanly(OfficeRun.Outcome run, String code, Set<String> endedOnPurpose) {
        Trace trace = run.trace();
        Children.rethrowTodo();
        if (run.ending() != OfficeRun.Ending.BY_THEMSELVES) {
            fail(stopStory(run.ending(), trace, endedOnPurpose));
        }
        if (!run.leftRunning().isEmpty()) {
            fail(code + " returned while " + Trace.names(run.leftRunning()) + " still ran. Join every process you"
                    + " start before you return.");
        }
        List<String> crashed = new ArrayList<>();
        for (Map.Entry<String, Integer> exit : trace.exitCodes().entrySet()) {
            if (exit.getValue() != 0 && !endedOnPurpose.contains(exit.getKey())) {
                crashed.add(exit.getKey() + " (exit code " + exit.getValue() + ")");
            }
        }
        if (!crashed.isEmpty()) {
            fail(Trace.names(crashed) + " ended with an error. Exit code 1 means an exception in the process's"
                    + " code: its stack trace is in the test output above, under \"Process "
                    + crashed.get(0).split(" ")[0] + ":\".");
        }
    }

    /** Fails unless exactly {@code expected} processes ran their code. */
    static void started(Trace trace, int expected, String code) {
        List<String> started = trace.started();
        if (started.size() != expected) {
            fail(code + " started " + started.size() + " processes (" + Trace.names(started) + "), not "
                    + expected + ".");
        }
    }

    private static String stopStory(OfficeRun.Ending ending, Trace trace, Set<String> endedOnPurpose) {
        List<String> running = new ArrayList<>(trace.started());
        running.removeAll(trace.exitCodes().keySet());
        running.removeAll(endedOnPurpose);
        StringBuilder story = new StringBuilder(ending == OfficeRun.Ending.STUCK
                ? "The processes got stuck: " + Trace.names(running) + " still ran, but nothing happened any more,"
                        + " so the test ended them."
                : "After " + OfficeRun.LIMIT.toSeconds() + " s, " + Trace.names(running) + " still ran, so the test"
                        + " ended them. On a very busy computer this can be plain slowness: then run the test again"
                        + " when the computer is quieter.");
        for (Trace.Hold hold : trace.holds()) {
            if (hold.to() == Long.MAX_VALUE && !endedOnPurpose.contains(hold.process())) {
                story.append(' ').append(hold.process()).append(" took the lock at ").append(trace.at(hold.from()))
                        .append(" and never released it");
                lastStepOf(trace, hold.process()).ifPresent(last -> story.append("; the last thing it did was ")
                        .append(last.action()).append(' ').append(last.detail()).append(" at ").append(trace.at(last)));
                story.append('.');
            }
        }
        return story.toString();
    }

    private static Optional<Event> lastStepOf(Trace trace, String process) {
        Event last = null;
        for (Event e : trace.events()) {
            if (e.process().equals(process) && !e.action().startsWith("lock.")) {
                last = e;
            }
        }
        return Optional.ofNullable(last);
    }
}
