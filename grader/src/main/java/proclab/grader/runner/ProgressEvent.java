package proclab.grader.runner;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a lesson run's progress log, written by the test JVM as things happen, so that the
 * grader knows how far a run got even when it had to kill it.
 *
 * @param event   {@code runner-started}, {@code test-started}, {@code test-finished},
 *                {@code container-failed}, {@code stuck} or {@code finished}
 * @param test    the test ({@code Class#method}), or the class for {@code container-failed}
 * @param status  {@code PASSED} or {@code FAILED}, for {@code test-finished}
 * @param message the failure, shortened
 * @param where   for a test that ran out of time: where it was waiting
 * @param millis  how long the test ran
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressEvent(String event, String test, String status, String message, String where, Long millis) {
    public static final String RUNNER_STARTED = "runner-started";
    public static final String TEST_STARTED = "test-started";
    public static final String TEST_FINISHED = "test-finished";
    public static final String CONTAINER_FAILED = "container-failed";
    public static final String STUCK = "stuck";
    public static final String FINISHED = "finished";

    static ProgressEvent of(String event) {
        return new ProgressEvent(event, null, null, null, null, null);
    }
}
