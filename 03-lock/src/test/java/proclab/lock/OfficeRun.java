package proclab.lock;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import proclab.mp.Process;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/**
 * Runs code that starts processes (the student's rush, or a test's own group of buyers) on a
 * thread of its own, and watches it. It notices when everything is stuck: every process runs its
 * code, one of them holds a lock, yet nothing new has happened on the timeline for a while. (A
 * loaded machine can be quiet for long while the processes load classes, but then nobody holds a
 * lock.) Closing it ends every process that is left, so that a test never leaks one, however it
 * fails.
 */
final class OfficeRun implements AutoCloseable {
    /** Nothing new on the timeline for this long, with a running process holding a lock: stuck. */
    static final Duration STILL = Duration.ofSeconds(45);
    /** At most this long for a run: JUnit ends a test after 3 minutes, and the cleanup needs time too. */
    static final Duration LIMIT = Duration.ofSeconds(150);
    private static final Duration POLL = Duration.ofMillis(200);

    /** Code that starts processes, and usually waits for them. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private final CompletableFuture<Void> body;
    private final long deadline = System.nanoTime() + LIMIT.toNanos();
    private int eventsSeen;
    private long lastChange = System.nanoTime();
    private boolean stuckSeen;

    private OfficeRun(Body code) {
        this.body = CompletableFuture.runAsync(() -> {
            try {
                code.run();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "office-run");
            thread.setDaemon(true);
            thread.start();
        });
    }

    static OfficeRun start(Body code) {
        return new OfficeRun(code);
    }

    /** Starts the code and waits for its end: {@link #finish()}. */
    static Outcome of(Body code) {
        try (OfficeRun run = start(code)) {
            return run.finish();
        }
    }

    /**
     * Waits for an event while the code runs. Fails, naming {@code what}, if the code ends or all
     * is stuck before the event comes.
     */
    Event awaitEvent(Predicate<Event> wanted, String what) {
        Optional<Event> seen;
        try {
            seen = await().pollInterval(POLL).atMost(timeLeft()).until(
                    () -> TimelineFile.current().stream().filter(wanted).findFirst(),
                    event -> event.isPresent() || body.isDone() || isStuck());
        } catch (ConditionTimeoutException e) {
            seen = Optional.empty();
        }
        if (seen.isEmpty()) {
            close();
            rethrowFailure();
            Children.rethrowTodo();
            throw new AssertionError("The test waited for " + what + ", which never came.");
        }
        return seen.get();
    }

    /**
     * Waits until the code has returned and every process it started has ended, or until all is
     * stuck; then ends what is left. Rethrows what the code threw, such as a TODO.
     */
    Outcome finish() {
        awaitQuietly(() -> body.isDone() || isStuck());
        List<String> leftRunning = body.isDone() ? names(Process.activeChildren()) : List.of();
        if (body.isDone()) {
            // Processes that the code did not wait for: let them end by themselves, unless they are stuck.
            awaitQuietly(() -> Process.activeChildren().isEmpty() || isStuck());
        }
        Ending ending = body.isDone() && Process.activeChildren().isEmpty() ? Ending.BY_THEMSELVES
                : stuckSeen ? Ending.STUCK : Ending.TOO_SLOW;
        List<Event> timeline = TimelineFile.current();
        close();
        rethrowFailure();
        return new Outcome(ending, leftRunning, new Trace(timeline));
    }

    /** Ends every process still running, and waits for the code to return. */
    @Override
    public void close() {
        for (Process child : Process.activeChildren()) {
            child.kill();
        }
        try {
            await().pollInterval(POLL).atMost(Duration.ofSeconds(20))
                    .until(() -> body.isDone() && Process.activeChildren().isEmpty());
        } catch (ConditionTimeoutException e) {
            // NoLeakedProcesses names whatever is left
        }
    }

    /** Waits until the condition holds or the run's time is up. */
    private void awaitQuietly(Callable<Boolean> condition) {
        try {
            await().pollInterval(POLL).atMost(timeLeft()).until(condition);
        } catch (ConditionTimeoutException e) {
            // the caller looks at the state it was left in
        }
    }

    /** What is left of the run's time; at least a second, so that Awaitility always polls a few times. */
    private Duration timeLeft() {
        return Duration.ofNanos(Math.max(Duration.ofSeconds(1).toNanos(), deadline - System.nanoTime()));
    }

    private void rethrowFailure() {
        if (!body.isCompletedExceptionally()) {
            return;
        }
        try {
            body.join();
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

    /**
     * Every running child has started its code, one of them holds a lock, and nothing has
     * happened for a while.
     */
    private boolean isStuck() {
        List<Event> events = TimelineFile.current();
        long now = System.nanoTime();
        if (events.size() != eventsSeen) {
            eventsSeen = events.size();
            lastChange = now;
            return false;
        }
        if (now - lastChange <= STILL.toNanos()) {
            return false;
        }
        Set<Long> started = events.stream().filter(e -> e.action().equals("start"))
                .map(Event::pid).collect(Collectors.toSet());
        List<Process> running = Process.activeChildren();
        Set<String> runningNames = running.stream().map(Process::name).collect(Collectors.toSet());
        stuckSeen = !running.isEmpty() && running.stream().allMatch(p -> started.contains(p.pid()))
                && new Trace(events).holds().stream()
                        .anyMatch(h -> h.to() == Long.MAX_VALUE && runningNames.contains(h.process()));
        return stuckSeen;
    }

    private static List<String> names(List<Process> processes) {
        return processes.stream().map(Process::name).collect(Collectors.toList());
    }

    /** How the processes ended: by themselves, or ended by the test because they were stuck or too slow. */
    enum Ending { BY_THEMSELVES, STUCK, TOO_SLOW }

    /**
     * How the run went.
     *
     * @param ending      whether the processes ended by themselves
     * @param leftRunning processes still running when the code returned: it did not join them
     * @param trace       what the processes did
     */
    record Outcome(Ending ending, List<String> leftRunning, Trace trace) {
    }
}
