package proclab.grader.model;

import java.util.List;

import proclab.testkit.TestOutcome;

/**
 * The grader's verdict on one graded test. Task, points and hint come from the pristine test's
 * {@code @Graded}, never from what the run reported.
 *
 * @param test     {@code Class#method}
 * @param name     the display name
 * @param task     the task it belongs to
 * @param points   what it is worth
 * @param verdict  the verdict that counts: passed only when every attempt passed
 * @param message  what went wrong, empty when it passed
 * @param hint     what to try
 * @param timeline what the processes did, for a failed concurrency test
 * @param millis   how long it ran (the first attempt)
 * @param attempts the verdict of each run, in order (more than one with {@code --repeat})
 */
public record TestResult(String test, String name, int task, int points, Verdict verdict, String message,
        String hint, String timeline, long millis, List<Verdict> attempts) {

    public TestResult {
        message = message == null ? "" : message;
        hint = hint == null ? "" : hint;
        timeline = timeline == null ? "" : timeline;
        attempts = List.copyOf(attempts);
    }

    public boolean passed() {
        return verdict.passed();
    }

    public int earned() {
        return passed() ? points : 0;
    }

    /** True when the attempts did not all agree. */
    public boolean flaky() {
        return attempts.stream().distinct().count() > 1;
    }

    /** The test's class, without the method. */
    public String testClass() {
        int hash = test.indexOf('#');
        return hash < 0 ? test : test.substring(0, hash);
    }

    /** The test's method. */
    public String method() {
        int hash = test.indexOf('#');
        return hash < 0 ? test : test.substring(hash + 1);
    }

    /** The same test in testkit's terms, for its score board. */
    public TestOutcome toOutcome() {
        TestOutcome.Status status = switch (verdict) {
            case PASSED -> TestOutcome.Status.PASSED;
            case NOT_STARTED -> TestOutcome.Status.NOT_STARTED;
            default -> TestOutcome.Status.FAILED;
        };
        return new TestOutcome(test, name, task, points, status, message, hint, timeline, millis);
    }
}
