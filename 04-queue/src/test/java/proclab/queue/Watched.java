package proclab.queue;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import proclab.mp.Process;

/**
 * The student's parent-side code, run on a thread of its own so that a test can wait for it with
 * a bound and end it when it hangs. Closing it kills every process the code left running, so a
 * test never leaks one, however it fails.
 *
 * @param <T> what the code returns
 */
final class Watched<T> implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(50);

    private final CompletableFuture<T> body;
    /** The children still running at the moment the code returned: it did not join them. */
    private volatile List<String> leftRunning = List.of();

    private Watched(Callable<T> code) {
        this.body = CompletableFuture.supplyAsync(() -> {
            T result;
            try {
                result = code.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
            leftRunning = Process.activeChildren().stream().map(Process::name).collect(Collectors.toList());
            return result;
        }, runnable -> {
            Thread thread = new Thread(runnable, "watched");
            thread.setDaemon(true);
            thread.start();
        });
    }

    static <T> Watched<T> start(Callable<T> code) {
        return new Watched<>(code);
    }

    /** Waits until the code has returned (or thrown), or until {@code stopEarly} holds, at most {@code limit}. */
    boolean awaitDone(Duration limit, BooleanSupplier stopEarly) {
        try {
            await().pollInterval(POLL).atMost(limit).until(() -> body.isDone() || stopEarly.getAsBoolean());
        } catch (ConditionTimeoutException e) {
            // the caller looks at isDone()
        }
        return body.isDone();
    }

    boolean awaitDone(Duration limit) {
        return awaitDone(limit, () -> false);
    }

    /** What the code returned; what it threw (a TODO, say) is thrown again here. */
    T result() {
        try {
            return body.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof CompletionException inner ? inner.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError("The code under test threw " + cause, cause);
        }
    }

    List<String> leftRunning() {
        return leftRunning;
    }

    /** Kills what is left running, and lets the code's thread end. */
    @Override
    public void close() {
        Children.killAll();
        try {
            await().pollInterval(POLL).atMost(Duration.ofSeconds(20)).until(body::isDone);
        } catch (ConditionTimeoutException e) {
            // a thread stuck in the student's code is a daemon: it does not keep the JVM alive
        }
    }
}
