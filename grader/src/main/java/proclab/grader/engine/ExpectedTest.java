package proclab.grader.engine;

/**
 * A graded test as the pristine course declares it, with its {@code @Graded} task, points and hint.
 *
 * @param test   {@code Class#method}
 * @param name   its display name
 * @param task   its task
 * @param points what it is worth
 * @param hint   what to try when it fails
 */
public record ExpectedTest(String test, String name, int task, int points, String hint) {
}
