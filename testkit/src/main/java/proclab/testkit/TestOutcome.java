package proclab.testkit;

/**
 * How one graded test ended.
 *
 * @param test     the test's class and method, {@code Class#method}
 * @param name     the test's display name
 * @param task     the task it belongs to
 * @param points   what it is worth
 * @param status   passed, failed, or not started (the skeleton's {@code TODO} is still there)
 * @param message  the failure's explanation, empty when it passed
 * @param hint     what to try, from {@link Graded#hint()}
 * @param timeline what the processes did, when the test failed and mp recorded it
 * @param millis   how long it ran
 */
public record TestOutcome(String test, String name, int task, int points, Status status, String message,
        String hint, String timeline, long millis) {

    public enum Status { PASSED, FAILED, NOT_STARTED }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public int earned() {
        return passed() ? points : 0;
    }
}
