package proclab.mp;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import proclab.mp.internal.IdleWait;
import proclab.mp.internal.PackedReader;
import proclab.mp.internal.Ring;
import proclab.mp.internal.Serialization;

/**
 * A pool's one thread in the parent, Python's three handler threads in one: it hands results to
 * whoever waits for them (and runs their callbacks), feeds the task backlog into the ring, and
 * replaces workers that have ended.
 *
 * <p>When a worker has ended holding a task record (its claim on the board), the task failed with
 * it unless one of these says otherwise: its result arrived, another worker holds it, or it is
 * still in the ring (the worker died before taking it out; another will). The checks are made in
 * an order that leaves no gap: taken count first, then claims, then results, since a worker
 * publishes its result before it drops its claim, and claims a record before taking it out.
 */
final class PoolSupervisor implements Runnable {
    /** While tasks are out, look for results at least this often (see {@link IdleWait}). */
    private static final long BUSY_CEILING_NANOS = 1_000_000;
    /** With nothing out, sleep long: a submission wakes this thread. */
    private static final long IDLE_CEILING_NANOS = 10_000_000;
    private static final long CHECK_WORKERS_EVERY_NANOS = 5_000_000;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Pool pool;
    private final Ring results;
    private final TaskFeeder feeder;
    private final WorkerSlots workers;
    private final Thread thread;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopped;

    PoolSupervisor(Pool pool, Ring results, TaskFeeder feeder, WorkerSlots workers) {
        this.pool = pool;
        this.results = results;
        this.feeder = feeder;
        this.workers = workers;
        this.thread = new Thread(this, "mp-pool-" + COUNTER.incrementAndGet());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Something was submitted: stop sleeping. */
    void wake() {
        LockSupport.unpark(thread);
    }

    boolean isCurrentThread() {
        return Thread.currentThread() == thread;
    }

    /** Ends the loop and waits for it, unless called from this thread (from a callback). */
    void stop() {
        stopped = true;
        wake();
        if (!isCurrentThread()) {
            awaitEnd();
        }
    }

    /** Waits until the loop has ended: after close(), once every worker has exited. */
    void awaitEnd() {
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pool to end", e);
        }
    }

    @Override
    public void run() {
        IdleWait wait = new IdleWait();
        long nextCheck = System.nanoTime();
        try {
            while (!stopped) {
                boolean progress = deliverResults();
                progress |= feeder.feed();
                if (System.nanoTime() - nextCheck >= 0) {
                    progress |= replaceEndedWorkers();
                    nextCheck = System.nanoTime() + CHECK_WORKERS_EVERY_NANOS;
                    if (pool.isClosing() && workers.allRetired()) {
                        deliverResults();
                        workers.forget();
                        return;
                    }
                }
                if (progress) {
                    wait.reset();
                } else {
                    wait.pause(feeder.hasWork() ? BUSY_CEILING_NANOS : IDLE_CEILING_NANOS);
                }
            }
        } catch (RuntimeException | Error e) {
            System.err.println("proclab: the pool's supervisor thread failed: " + e);
            e.printStackTrace();
            feeder.failAll(TaskFailure.inParent(new IllegalStateException("the pool failed: " + e, e)));
        } finally {
            ended.countDown();
        }
    }

    private boolean deliverResults() {
        boolean delivered = false;
        while (results.count() > 0) {
            Ring.Taken record = results.read(0, () -> false);
            if (record == null) {
                break;
            }
            deliver(record.bytes());
            delivered = true;
        }
        return delivered;
    }

    private void deliver(byte[] record) {
        PackedReader in = new PackedReader(record, 0);
        long recordNo = in.readLong();
        int status = in.readByte();
        if (status == PoolRecords.INIT_FAILED) {
            Throwable cause = readException(in);
            stopped = true;
            pool.breakDown(new IllegalStateException("the pool's initializer failed in a worker: " + cause
                    + ". The pool is broken: fix the initializer and create a new pool.", cause));
            return;
        }
        PoolTask task = feeder.answered(recordNo);
        if (task == null) {
            return; // its job has failed already (the pool was terminated)
        }
        if (status == PoolRecords.FAILED) {
            task.job().taskFailed(task.index(), TaskFailure.inWorker(readException(in)));
            return;
        }
        Object[] values;
        try {
            values = new Object[in.readInt()];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readValue();
            }
        } catch (RuntimeException e) {
            task.job().taskFailed(task.index(), TaskFailure.inParent(
                    new IllegalStateException("a result came back but could not be read: " + e.getMessage(), e)));
            return;
        }
        task.job().taskDone(task.index(), values);
    }

    private static Throwable readException(PackedReader in) {
        byte[] serialized = in.readBytes(in.readInt());
        try {
            return (Throwable) Serialization.deserialize(serialized);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return new IllegalStateException("a task failed, but its exception could not be read back: " + e, e);
        }
    }

    /** Fails the task each ended worker held, if it was lost with it, and starts workers in their place. */
    private boolean replaceEndedWorkers() {
        boolean any = false;
        for (int slot : workers.ended()) {
            long taken = feeder.recordsTaken();
            long claim = workers.claim(slot);
            boolean elsewhere = claim != 0 && workers.claimedElsewhere(claim, slot);
            deliverResults();
            if (claim != 0 && claim <= taken && !elsewhere) {
                PoolTask lost = feeder.answered(claim);
                if (lost != null) {
                    lost.job().taskFailed(lost.index(), TaskFailure.inParent(new WorkerDiedError(
                            workers.describeEnd(slot) + " while running this task. The pool replaces the worker;"
                                    + " only this task fails.")));
                }
            }
            workers.retire(slot);
            if (!stopped && pool.needsWorkers(feeder.hasWork())) {
                workers.start(slot);
                if (pool.isClosing()) {
                    feeder.stopWorkers(1);
                }
            }
            any = true;
        }
        return any;
    }
}
