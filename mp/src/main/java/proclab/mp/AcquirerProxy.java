package proclab.mp;

import java.time.Duration;

/**
 * A proxy to a lock or semaphore that a {@link Manager} holds: Python's
 * {@code multiprocessing.managers.AcquirerProxy}, what {@link Manager#lock()},
 * {@link Manager#rlock()}, {@link Manager#semaphore(int)} and {@link Manager#boundedSemaphore(int)}
 * return. Use it as any {@link Acquirable}:
 *
 * <pre>{@code
 * try (var held = lock.hold()) {
 *     // one process at a time here
 * }
 * }</pre>
 *
 * <p>The holder of a manager lock is a thread of a process: an RLock is reentrant for that thread
 * and only it may release it. Beyond Python, a lock whose holder dies (even killed with -9) is
 * released at once.
 */
public final class AcquirerProxy extends BaseProxy implements Acquirable {
    private static final long serialVersionUID = 1L;

    /** The timeline's and the delays' names for its events: {@code lock.acquire} or {@code sem.acquire}, ... */
    private final String acquireEvent;
    private final String releaseEvent;

    AcquirerProxy(Token token) {
        super(token);
        String kind = token.typeid().endsWith("Lock") ? "lock" : "sem";
        this.acquireEvent = kind + ".acquire";
        this.releaseEvent = kind + ".release";
    }

    @Override
    public boolean acquire() {
        return acquire(-1L);
    }

    @Override
    public boolean acquire(boolean block) {
        return acquire(block ? -1L : 0L);
    }

    @Override
    public boolean acquire(Duration timeout) {
        return acquire(Math.max(0, timeout.toNanos()));
    }

    private boolean acquire(long timeoutNanos) {
        boolean acquired = (Boolean) token.call("acquire", timeoutNanos);
        if (acquired) {
            token.record(acquireEvent);
            Delays.at(acquireEvent);
        }
        return acquired;
    }

    /**
     * Releases it. Releasing a lock that is not held, an RLock held by another thread, or a
     * bounded semaphore beyond its value is an {@link IllegalStateException}.
     */
    @Override
    public void release() {
        // Recorded first, so that in the timeline no acquire ever precedes the release that allowed it.
        token.record(releaseEvent);
        token.call("release");
    }
}
