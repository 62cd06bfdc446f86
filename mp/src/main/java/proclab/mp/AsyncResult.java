package proclab.mp;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The result of {@link Pool#applyAsync} or {@link Pool#mapAsync}, which will be ready later:
 * Python's {@code AsyncResult}.
 *
 * <pre>{@code
 * AsyncResult<Integer> square = pool.applyAsync(x -> x * x, 7);
 * // ... other work ...
 * System.out.println(square.get());   // 49
 * }</pre>
 *
 * <p>If the task threw an exception in its worker, {@link #get()} throws an exception of the same
 * class and message, whose cause is the worker's exception with the worker's stack trace. A
 * checked exception comes as the cause of a {@link java.util.concurrent.CompletionException}. If
 * the worker died while running the task, {@code get()} throws {@link WorkerDiedError}; if the
 * pool was terminated first, {@link java.util.concurrent.CancellationException}.
 *
 * <p>Python's {@code wait()} is {@code await()} here: Java's {@code Object.wait()} has the name.
 *
 * @param <R> the type of the result
 */
public final class AsyncResult<R> {
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicBoolean settled = new AtomicBoolean();
    private final Consumer<? super R> callback;
    private final Consumer<? super Throwable> errorCallback;
    private volatile R value;
    private volatile TaskFailure failure;

    AsyncResult(Consumer<? super R> callback, Consumer<? super Throwable> errorCallback) {
        this.callback = callback;
        this.errorCallback = errorCallback;
    }

    /** Waits for the result and returns it, or throws what the task threw (see above). */
    public R get() {
        await();
        return outcome();
    }

    /** Waits at most {@code timeout} for the result; {@link TimeoutError} if it is not ready by then. */
    public R get(Duration timeout) {
        if (!await(timeout)) {
            throw new TimeoutError("the result was not ready within " + timeout + "; the task goes on running");
        }
        return outcome();
    }

    /** True once the task has ended, well or not. */
    public boolean ready() {
        return ready.getCount() == 0;
    }

    /** True if the task ended without an exception. An error before the result is ready, as in Python. */
    public boolean successful() {
        if (!ready()) {
            throw new IllegalStateException("the result is not ready: call get() or await() before successful()");
        }
        return failure == null;
    }

    /** Waits until the result is ready; always returns true. */
    public boolean await() {
        try {
            ready.await();
            return true;
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Waits at most {@code timeout} for the result; true if it is ready. */
    public boolean await(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a timeout cannot be negative: " + timeout);
        }
        try {
            return ready.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private R outcome() {
        TaskFailure f = failure;
        if (f != null) {
            throw f.raise();
        }
        return value;
    }

    /** The callback runs before the result is ready: whoever waits in get() sees what it did, as in Python. */
    void succeed(R result) {
        if (settled.compareAndSet(false, true)) {
            value = result;
            if (callback != null) {
                runCallback(() -> callback.accept(result), "callback");
            }
            ready.countDown();
        }
    }

    void fail(TaskFailure why) {
        if (settled.compareAndSet(false, true)) {
            failure = why;
            if (errorCallback != null) {
                runCallback(() -> errorCallback.accept(why.error()), "error callback");
            }
            ready.countDown();
        }
    }

    /** A callback that throws must not stop the pool's thread, which serves every other result. */
    private static void runCallback(Runnable call, String which) {
        try {
            call.run();
        } catch (RuntimeException | Error e) {
            System.err.println("proclab: a pool " + which + " threw " + e + "; the pool goes on");
            e.printStackTrace();
        }
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted while waiting for a pool result", e);
    }

    @Override
    public String toString() {
        return "<AsyncResult " + (!ready() ? "pending" : failure == null ? "ready" : "failed") + ">";
    }
}
