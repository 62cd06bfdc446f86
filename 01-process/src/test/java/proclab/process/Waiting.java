package proclab.process;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;

/** Awaitility with the failure message a student needs when the wait runs out. */
final class Waiting {
    private Waiting() {
    }

    /** Waits up to {@code atMost} for {@code condition}; if it never holds, fails with {@code explanation}. */
    static void until(Duration atMost, Callable<Boolean> condition, Supplier<String> explanation) {
        try {
            await().pollInterval(Duration.ofMillis(20)).atMost(atMost).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(explanation.get(), e);
        }
    }
}
