package proclab.process;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import proclab.mp.Process;

/**
 * The student's code on a thread of its own, so that the test can watch it while it runs: whether
 * it has returned, and whether it is waiting in {@link Process#join()}.
 */
final class Background implements AutoCloseable {
    /** Code that may throw anything, as the student's methods may. */
    interface Code {
        void run() throws Exception;
    }

    private final String what;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private Background(String what, Code code) {
        this.what = what;
        this.thread = new Thread(() -> {
            try {
                code.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, what);
        thread.setDaemon(true);
    }

    /** Starts running {@code code}; {@code what} names it in failure messages. */
    static Background run(String what, Code code) {
        Background background = new Background(what, code);
        background.thread.start();
        return background;
    }

    boolean isDone() {
        return !thread.isAlive();
    }

    /** True while the code waits in {@code Process.join}, for any process. */
    boolean isJoining() {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals(Process.class.getName()) && frame.getMethodName().equals("join"));
    }

    /** Waits for the code to end, and throws what it threw. */
    void awaitDone(Duration atMost) {
        Waiting.until(atMost, this::isDone, () -> what + " had not returned after " + atMost.toSeconds() + " s.");
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        if (thrown != null) {
            throw new AssertionError(what + " threw " + thrown, thrown);
        }
    }

    /** Stops waiting for the code: interrupts it if it still runs. */
    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }
}
