package proclab.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test, finds the processes the test left running, ends them, and fails the test
 * naming them. Processes that are on their way out get a few seconds to finish first.
 *
 * <p>Registered for every test when {@code junit.jupiter.extensions.autodetection.enabled=true}
 * (the course's modules set it), or explicitly with {@code @ExtendWith(NoLeakedProcesses.class)}.
 */
public class NoLeakedProcesses implements AfterEachCallback {
    /** mp lists its idle spare JVMs here: they wait for work and are not leaks. */
    static final String SPARE_PIDS_PROPERTY = "proclab.internal.sparePids";
    private static final Duration GRACE = Duration.ofSeconds(10);

    @Override
    public void afterEach(ExtensionContext context) {
        List<ProcessHandle> left;
        try {
            await().pollInterval(Duration.ofMillis(50)).atMost(GRACE).until(() -> leftRunning().isEmpty());
            return;
        } catch (ConditionTimeoutException e) {
            left = leftRunning();
        }
        String names = left.stream().map(ProcessTrees::describe).collect(Collectors.joining("; "));
        for (ProcessHandle process : left) {
            ProcessTrees.killTree(process, Duration.ofSeconds(5));
        }
        if (!left.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " left " + left.size()
                    + " process(es) running after it ended: " + names
                    + ". They have been killed now. Join, terminate or close every process a test starts.");
        }
    }

    private static List<ProcessHandle> leftRunning() {
        Set<Long> spares = Arrays.stream(System.getProperty(SPARE_PIDS_PROPERTY, "").split(","))
                .filter(s -> !s.isBlank()).map(Long::valueOf).collect(Collectors.toSet());
        return ProcessTrees.descendantsOf(ProcessHandle.current()).stream()
                .filter(p -> !spares.contains(p.pid()))
                .collect(Collectors.toList());
    }
}
