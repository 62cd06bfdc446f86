package proclab.grader.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import proclab.grader.model.Verdict;
import proclab.grader.runner.ProgressEvent;
import proclab.testkit.TestOutcome;

/**
 * The verdict of every expected test in one run of a lesson, from what the run reported (testkit's
 * results, the progress log) and what happened to it (time out, too many processes, a JVM that
 * died). A test without a report never gets credit: it gets a message that says why it has none.
 */
final class AttemptVerdicts {
    /** One test in one run. */
    record Attempt(Verdict verdict, String message, String timeline, long millis) {
    }

    private AttemptVerdicts() {
    }

    static Map<String, Attempt> of(List<ExpectedTest> expected, LessonJvm.Run run, Limits limits) {
        Map<String, TestOutcome> reported = new HashMap<>();
        run.reported().ifPresent(outcome -> outcome.tests().forEach(t -> reported.put(t.test(), t)));
        Map<String, ProgressEvent> finished = new HashMap<>();
        Map<String, ProgressEvent> stuck = new HashMap<>();
        Map<String, String> failedClasses = new HashMap<>();
        String running = null;
        for (ProgressEvent event : run.events()) {
            switch (event.event()) {
                case ProgressEvent.TEST_STARTED -> running = event.test();
                case ProgressEvent.TEST_FINISHED -> {
                    finished.put(event.test(), event);
                    if (event.test().equals(running)) {
                        running = null;
                    }
                }
                case ProgressEvent.STUCK -> stuck.put(event.test(), event);
                case ProgressEvent.CONTAINER_FAILED -> failedClasses.put(event.test(), event.message());
                default -> {
                }
            }
        }
        String stopReason = stopReason(run, limits);
        Map<String, Attempt> verdicts = new LinkedHashMap<>();
        for (ExpectedTest test : expected) {
            String id = test.test();
            ProgressEvent done = finished.get(id);
            TestOutcome outcome = reported.get(id);
            Attempt attempt;
            if (done != null && done.where() != null) {
                attempt = new Attempt(Verdict.TIMED_OUT, "Timed out: still running after " + limits.testTime().toSeconds()
                        + " s, the time limit of one test. It was " + done.where() + ".",
                        outcome == null ? "" : outcome.timeline(), done.millis() == null ? 0 : done.millis());
            } else if (outcome != null) {
                attempt = new Attempt(switch (outcome.status()) {
                    case PASSED -> Verdict.PASSED;
                    case NOT_STARTED -> Verdict.NOT_STARTED;
                    case FAILED -> Verdict.FAILED;
                }, outcome.message(), outcome.timeline(), outcome.millis());
            } else if (done != null) {
                attempt = new Attempt("PASSED".equals(done.status()) ? Verdict.PASSED : Verdict.FAILED,
                        done.message() == null ? "" : done.message(), "", done.millis() == null ? 0 : done.millis());
            } else if (id.equals(running)) {
                attempt = whileRunning(run, limits, stuck.get(id), stopReason);
            } else if (failedClasses.containsKey(classOf(id))) {
                attempt = new Attempt(Verdict.DID_NOT_RUN, "Did not run: its test class failed before it. "
                        + failedClasses.get(classOf(id)), "", 0);
            } else {
                attempt = new Attempt(Verdict.DID_NOT_RUN, stopReason == null ? "Did not run: no result was reported for it."
                        : "Did not run: the run stopped earlier" + (running != null ? ", during "
                        + running.substring(running.indexOf('#') + 1) : "") + ". " + sentence(capitalized(stopReason)), "", 0);
            }
            verdicts.put(id, attempt);
        }
        return verdicts;
    }

    private static Attempt whileRunning(LessonJvm.Run run, Limits limits, ProgressEvent stuck, String stopReason) {
        if (run.killedAtDeadline()) {
            return new Attempt(Verdict.TIMED_OUT, "Timed out: the lesson's time limit of "
                    + limits.lessonTime().toSeconds() + " s ran out while this test ran. It was "
                    + (stuck != null ? stuck.where() : "in a place the grader could not see") + ".", "", 0);
        }
        return new Attempt(Verdict.FAILED, sentence("Stopped while it ran: " + stopReason), "", 0);
    }

    /** Why the run ended before all its tests did, or null when it ended normally. */
    private static String stopReason(LessonJvm.Run run, Limits limits) {
        if (run.processLimit()) {
            return "the code had more than " + limits.maxProcesses() + " processes (or "
                    + (long) limits.maxProcesses() * Sandbox.TASKS_PER_PROCESS + " threads and processes) at once,"
                    + " so the grader ended the run. Does something start processes in a loop that never stops?";
        }
        if (run.killedAtDeadline()) {
            return "the lesson's time limit of " + limits.lessonTime().toSeconds() + " s ran out";
        }
        if (run.memoryLimit()) {
            return "the run used more than its " + limits.memoryMb() + " MB of memory and the system killed it";
        }
        if (run.events().stream().noneMatch(e -> e.event().equals(ProgressEvent.FINISHED))) {
            return "the test JVM ended early (exit code " + run.exitCode() + "). Does the code call System.exit,"
                    + " or run out of memory? Its last output: " + lastLines(run.output(), 5);
        }
        return null;
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") ? text : text + ".";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String lastLines(String output, int count) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - count), lines.size());
        return tail.isEmpty() ? "(nothing)" : String.join(" | ", tail);
    }

    private static String classOf(String test) {
        return test.substring(0, test.indexOf('#'));
    }
}
