package proclab.mp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The results of {@link Pool#imap} or {@link Pool#imapUnordered}, handed out as they arrive:
 * Python's {@code IMapIterator}. It is also {@link Iterable}, for a for-each loop:
 *
 * <pre>{@code
 * for (int square : pool.imap(x -> x * x, List.of(1, 2, 3))) {
 *     System.out.println(square);
 * }
 * }</pre>
 *
 * <p>{@code imap} hands results out in input order, waiting for the next one if need be;
 * {@code imapUnordered} in the order they finish. When a chunk's task failed, {@link #next()}
 * throws its exception once, where that chunk's first result would be, and then goes on with the
 * next chunk (as {@link AsyncResult#get()} throws it). An iterator can be iterated only once.
 *
 * @param <R> the type of the results
 */
public final class IMapIterator<R> implements Iterator<R>, Iterable<R> {
    /** One finished chunk: its results, or its failure. */
    private record Outcome(int task, Object[] results, TaskFailure failure) {
    }

    private final boolean ordered;
    private final int items;
    private final int chunksize;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    /** Ordered: outcomes by task number; unordered: outcomes in arrival order. */
    private final Outcome[] byTask;
    private final ArrayDeque<Outcome> inArrivalOrder = new ArrayDeque<>();
    private final Job job = new Job() {
        @Override
        public void taskDone(int task, Object[] results) {
            add(new Outcome(task, results, null));
        }

        @Override
        public void taskFailed(int task, TaskFailure failure) {
            add(new Outcome(task, null, failure));
        }
    };

    private Outcome current;
    private int positionInCurrent;
    private int handedOut;
    private int nextTask;

    IMapIterator(boolean ordered, int items, int chunksize) {
        this.ordered = ordered;
        this.items = items;
        this.chunksize = chunksize;
        this.byTask = ordered ? new Outcome[(items + chunksize - 1) / chunksize] : null;
    }

    Job job() {
        return job;
    }

    private void add(Outcome outcome) {
        lock.lock();
        try {
            if (ordered) {
                if (byTask[outcome.task()] == null) {
                    byTask[outcome.task()] = outcome;
                }
            } else {
                inArrivalOrder.addLast(outcome);
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean hasNext() {
        return handedOut < items;
    }

    /** The next result, waiting for it as long as it takes. */
    @Override
    public R next() {
        return next(-1);
    }

    /** The next result, waiting at most {@code timeout}; {@link TimeoutError} if it has not come by then. */
    public R next(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a timeout cannot be negative: " + timeout);
        }
        return next(timeout.toNanos());
    }

    @SuppressWarnings("unchecked")
    private R next(long timeoutNanos) {
        if (!hasNext()) {
            throw new NoSuchElementException("every result has been handed out");
        }
        if (current == null) {
            current = awaitNextOutcome(timeoutNanos);
            positionInCurrent = 0;
        }
        Outcome outcome = current;
        int size = Math.min(chunksize, items - outcome.task() * chunksize);
        if (outcome.failure() != null) {
            finishCurrent(size - positionInCurrent);
            throw outcome.failure().raise();
        }
        R value = (R) outcome.results()[positionInCurrent++];
        handedOut++;
        if (positionInCurrent == size) {
            current = null;
        }
        return value;
    }

    private void finishCurrent(int skipped) {
        handedOut += skipped;
        current = null;
    }

    private Outcome awaitNextOutcome(long timeoutNanos) {
        lock.lock();
        try {
            long left = timeoutNanos;
            while (true) {
                Outcome outcome = ordered ? byTask[nextTask] : inArrivalOrder.pollFirst();
                if (outcome != null) {
                    if (ordered) {
                        byTask[nextTask++] = null; // handed over: let it be collected
                    }
                    return outcome;
                }
                if (timeoutNanos < 0) {
                    arrived.await();
                } else if (left <= 0) {
                    throw new TimeoutError("the next result did not come within " + Duration.ofNanos(timeoutNanos)
                            + "; its task goes on running");
                } else {
                    left = arrived.awaitNanos(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a pool result", e);
        } finally {
            lock.unlock();
        }
    }

    /** This iterator itself: it can be iterated once. */
    @Override
    public Iterator<R> iterator() {
        return this;
    }

    @Override
    public String toString() {
        return "<IMapIterator " + handedOut + " of " + items + " results handed out>";
    }
}
