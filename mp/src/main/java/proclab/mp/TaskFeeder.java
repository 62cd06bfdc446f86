package proclab.mp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import proclab.mp.internal.Ring;

/**
 * Puts a pool's tasks into the shared task ring, in submission order, and remembers which task
 * each record number carries until its result comes back. What does not fit into the ring now
 * waits in a backlog, which the pool's supervisor thread feeds in as workers make room: submitting
 * never blocks.
 *
 * <p>This is the only writer of the task ring, so it knows how many records it has written, and
 * with the ring's count how many the workers have taken.
 */
final class TaskFeeder {
    private final Ring ring;
    private final ArrayDeque<PoolTask> backlog = new ArrayDeque<>();
    private final Map<Long, PoolTask> inFlight = new ConcurrentHashMap<>();
    private long written;
    /** The record of the backlog's first task, kept while it waits for room. */
    private byte[] headRecord;

    TaskFeeder(Ring ring) {
        this.ring = ring;
    }

    synchronized void submit(PoolTask task) {
        enqueue(task);
    }

    /** Stop records for {@code workers} workers, after every task submitted so far. */
    synchronized void stopWorkers(int workers) {
        for (int i = 0; i < workers; i++) {
            enqueue(PoolTask.STOP);
        }
    }

    private void enqueue(PoolTask task) {
        backlog.addLast(task);
        if (backlog.size() == 1) {
            feed();
        }
    }

    /** Writes what the ring has room for; true if anything was written. */
    synchronized boolean feed() {
        boolean wrote = false;
        PoolTask next;
        while ((next = backlog.peekFirst()) != null) {
            long recordNo = written + 1;
            if (headRecord == null) {
                headRecord = next.record(recordNo);
            }
            if (next != PoolTask.STOP) {
                inFlight.put(recordNo, next); // before a worker can see it, and answer it
            }
            if (ring.write(headRecord, 0, 0, () -> false).isEmpty()) {
                inFlight.remove(recordNo);
                break;
            }
            written = recordNo;
            headRecord = null;
            backlog.pollFirst();
            wrote = true;
        }
        return wrote;
    }

    /** The task that record {@code recordNo} carried, now answered; null if it was answered already. */
    PoolTask answered(long recordNo) {
        return inFlight.remove(recordNo);
    }

    /** How many records the workers have taken out of the ring so far. */
    synchronized long recordsTaken() {
        return written - ring.count();
    }

    /** True while tasks (not stop records) wait in the backlog or in the ring, or run. */
    boolean hasWork() {
        if (!inFlight.isEmpty()) {
            return true;
        }
        synchronized (this) {
            return backlog.stream().anyMatch(task -> task != PoolTask.STOP); // stops come last: a short look
        }
    }

    /** Fails every task not answered yet: the pool was terminated or is broken. */
    void failAll(TaskFailure failure) {
        List<PoolTask> unanswered = new ArrayList<>();
        synchronized (this) {
            unanswered.addAll(backlog);
            backlog.clear();
            headRecord = null;
        }
        for (Long recordNo : new ArrayList<>(inFlight.keySet())) {
            PoolTask task = inFlight.remove(recordNo);
            if (task != null) {
                unanswered.add(task);
            }
        }
        for (PoolTask task : unanswered) {
            if (task != PoolTask.STOP) {
                task.job().taskFailed(task.index(), failure);
            }
        }
    }
}
