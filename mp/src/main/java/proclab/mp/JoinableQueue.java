package proclab.mp;

import proclab.mp.internal.Backoff;

/**
 * A {@link Queue} that knows when its items are done: every {@link #get()} is followed, once the
 * item is processed, by a {@link #taskDone()}; {@link #join()} waits until every item ever put
 * is done. Python's {@code multiprocessing.JoinableQueue}.
 */
public final class JoinableQueue<T> extends Queue<T> {
    private static final long serialVersionUID = 1L;

    public JoinableQueue() {
        this(0);
    }

    public JoinableQueue(int maxsize) {
        super("JoinableQueue", maxsize);
    }

    @Override
    void beforePut() {
        channel.ring.addUnfinished(1);
    }

    @Override
    void putFailed() {
        channel.ring.addUnfinished(-1);
    }

    /** Marks one item taken with {@code get} as done; more calls than items put is an error. */
    public void taskDone() {
        if (!channel.ring.finishOne()) {
            throw new IllegalStateException("taskDone() called too many times on " + channel.name
                    + ": every item put is already done");
        }
        Timeline.record("queue.task_done", channel.name);
    }

    /** Waits until every item put so far has been marked done. */
    public void join() {
        Backoff backoff = Backoff.forever();
        while (channel.ring.unfinished() > 0) {
            backoff.pause();
        }
        Timeline.record("queue.join", channel.name);
    }
}
