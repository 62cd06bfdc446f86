package proclab.grader.cli;

import java.time.Duration;

import picocli.CommandLine.Option;
import proclab.grader.engine.Limits;

/** The limits a lesson run is held to, as options shared by the commands that grade. */
public final class LimitOptions {
    @Option(names = "--test-timeout", paramLabel = "DURATION",
            description = "Time for one test, such as 90s or 2m (default: ${DEFAULT-VALUE}).", defaultValue = "90s",
            converter = DurationConverter.class)
    Duration testTimeout;

    @Option(names = "--lesson-timeout", paramLabel = "DURATION",
            description = "Time for all the tests of a lesson (default: ${DEFAULT-VALUE}).", defaultValue = "10m",
            converter = DurationConverter.class)
    Duration lessonTimeout;

    @Option(names = "--max-processes", paramLabel = "N",
            description = "Processes a lesson run may have at once (default: ${DEFAULT-VALUE}).", defaultValue = "64")
    int maxProcesses;

    public Limits limits() {
        if (maxProcesses < 2) {
            throw new IllegalArgumentException("--max-processes must be at least 2 (the test JVM and one child), not "
                    + maxProcesses);
        }
        return Limits.defaults().withTimes(testTimeout, lessonTimeout).withMaxProcesses(maxProcesses);
    }
}
