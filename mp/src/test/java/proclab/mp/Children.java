package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The children one test starts. Whatever happens to the test, they are ended when it ends, so
 * that a failure here is not followed by processes that linger and fail the next test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final Children children = new Children();
 * }</pre>
 */
final class Children implements AfterEachCallback {
    /** How long any wait in these tests may take: generous, for a loaded 2-core machine. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<Process> started = new ArrayList<>();

    /** Starts a child that runs {@code target}. */
    Process start(Target target) {
        return start(new Process(target));
    }

    /** Starts a child with a chosen name that runs {@code target}. */
    Process start(String name, Target target) {
        return start(new Process(name, target));
    }

    /** Starts {@code count} children; child {@code i} runs {@code target.apply(i)}. */
    List<Process> start(int count, IntFunction<Target> target) {
        List<Process> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(start(target.apply(i)));
        }
        return batch;
    }

    private Process start(Process process) {
        started.add(process);
        process.start();
        return process;
    }

    /** Waits for every child started so far to end, and checks that each ended normally. */
    void joinAll() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (Process child : started) {
            child.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        List<Process> running = started.stream().filter(Process::isAlive).collect(Collectors.toList());
        assertThat(running).as("children still running %s after their work should have ended", PATIENCE).isEmpty();
        String failed = started.stream().filter(p -> p.exitCode() != 0)
                .map(p -> p.name() + " exited with " + p.exitCode())
                .collect(Collectors.joining(", "));
        assertThat(failed).as("children that did not end normally (their stack traces are on stderr above)").isEmpty();
    }

    /** Waits for {@code child} to end and returns its exit code. */
    static int exitCodeOf(Process child) {
        child.join(PATIENCE);
        assertThat(child.isAlive()).as("%s still running after %s", child.name(), PATIENCE).isFalse();
        return child.exitCode();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (Process child : started) {
            if (child.isAlive()) {
                child.kill();
            }
        }
        for (Process child : started) {
            child.join(PATIENCE);
        }
        started.clear();
    }
}
