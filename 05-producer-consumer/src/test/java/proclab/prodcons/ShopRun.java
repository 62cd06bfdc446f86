package proclab.prodcons;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import proclab.mp.Process;
import proclab.testkit.TimelineFile;

/**
 * Runs code that starts cooks and eaters (the student's shop, or a test's own cook or eater) on a
 * thread of its own, and watches it. It sees when the shop is stuck for good: the code waits in
 * {@code Process.join}, no cook is left, the counter is empty, and every eater still running waits
 * for a bun (it never took {@link Buns#CLOSED}, or it ate it). Nobody can put anything on the
 * counter any more, so those eaters would wait for ever. Closing the run ends every process that
 * is left, so that a test never leaks one, however it fails.
 */
final class ShopRun implements AutoCloseable {
    /** At most this long for a run: the grader gives a test 90 s, and the cleanup needs time too. */
    static final Duration LIMIT = Duration.ofSeconds(60);
    /** How long the stuck state must last, with nothing new on the timeline, before the run is called stuck. */
    private static final Duration STILL = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(100);

    /** Code that starts processes, and usually waits for them. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private final Thread thread;
    private final CompletableFuture<Void> body = new CompletableFuture<>();
    private final long deadline = System.nanoTime() + LIMIT.toNanos();
    private int eventsSeen = -1;
    private long stuckSince;
    private boolean stuck;

    private ShopRun(Body code) {
        thread = new Thread(() -> {
            try {
                code.run();
                body.complete(null);
            } catch (Throwable e) {
                body.completeExceptionally(e);
            }
        }, "shop-run");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the code, waits for its end or until it is stuck, ends what is left, and says how it went. */
    static Outcome of(Body code) {
        try (ShopRun run = new ShopRun(code)) {
            return run.finish();
        }
    }

    private Outcome finish() {
        awaitQuietly(() -> body.isDone() || isStuck());
        List<String> leftRunning = body.isDone() ? names(Process.activeChildren()) : List.of();
        if (body.isDone()) {
            // Processes that the code did not wait for: let them end by themselves, unless they are stuck.
            awaitQuietly(() -> Process.activeChildren().isEmpty() || isStuck());
        }
        Ending ending = body.isDone() && Process.activeChildren().isEmpty() ? Ending.BY_THEMSELVES
                : stuck ? Ending.STUCK : Ending.TOO_SLOW;
        List<String> stillRunning = names(Process.activeChildren());
        Trace trace = new Trace(TimelineFile.current());
        close();
        rethrowFailure();
        return new Outcome(ending, body.isDone(), leftRunning, stillRunning, trace);
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

    private void awaitQuietly(Callable<Boolean> condition) {
        long left = deadline - System.nanoTime();
        try {
            await().pollInterval(POLL).atMost(Duration.ofNanos(Math.max(left, Duration.ofSeconds(1).toNanos())))
                    .until(condition);
        } catch (ConditionTimeoutException e) {
            // the caller looks at the state it was left in
        }
    }

    private void rethrowFailure() {
        if (!body.isCompletedExceptionally()) {
            return;
        }
        try {
            body.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError("The code under test threw " + e.getCause(), e.getCause());
        }
    }

    /** True once the shop has been stuck, with nothing new on the timeline, for {@link #STILL}. */
    private boolean isStuck() {
        List<TimelineFile.Event> events = TimelineFile.current();
        boolean changed = events.size() != eventsSeen;
        eventsSeen = events.size();
        if (changed || !stuckNow(new Trace(events))) {
            stuckSince = 0;
            return false;
        }
        long now = System.nanoTime();
        if (stuckSince == 0) {
            stuckSince = now;
        }
        stuck = now - stuckSince >= STILL.toNanos();
        return stuck;
    }

    private boolean stuckNow(Trace trace) {
        List<Process> running = Process.activeChildren();
        if (running.isEmpty() || !waitsInJoin() || trace.counterLoad() != 0) {
            return false;
        }
        List<String> tookClosed = trace.closedTakes().stream().map(e -> e.process()).collect(Collectors.toList());
        List<String> ateClosed = trace.eatenOf(Buns.CLOSED).stream().map(e -> e.process()).collect(Collectors.toList());
        return running.stream().map(Process::name).allMatch(name -> name.startsWith("eater")
                && (!tookClosed.contains(name) || ateClosed.contains(name)));
    }

    /** True while the code waits in {@code Process.join}: then it puts nothing on the counter. */
    private boolean waitsInJoin() {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals(Process.class.getName()) && frame.getMethodName().equals("join"));
    }

    private static List<String> names(List<Process> processes) {
        return processes.stream().map(Process::name).collect(Collectors.toList());
    }

    /** How the processes ended: by themselves, or ended by the test because they were stuck or too slow. */
    enum Ending { BY_THEMSELVES, STUCK, TOO_SLOW }

    /**
     * How the run went.
     *
     * @param ending       whether the processes ended by themselves
     * @param returned     whether the code returned
     * @param leftRunning  processes still running when the code returned: it did not join them
     * @param stillRunning processes the test had to end
     * @param trace        what the processes did
     */
    record Outcome(Ending ending, boolean returned, List<String> leftRunning, List<String> stillRunning, Trace trace) {
    }
}
