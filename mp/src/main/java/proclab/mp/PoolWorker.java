package proclab.mp;

import proclab.mp.internal.IdleWait;
import proclab.mp.internal.Ring;
import proclab.mp.internal.Segment;

/**
 * What each pool worker process runs: the initializer once, then tasks from the pool's shared
 * task ring until it takes a stop record or has run {@code maxTasks} tasks (0: no limit).
 *
 * <p>The worker writes the number of the task record it holds on its line of the pool's board
 * ({@code boardOffset}) before the record leaves the ring, and clears it once the result is out.
 * A worker killed at any moment therefore leaves either its task in the ring, its result in the
 * result ring, or its claim on the board; the parent looks at all three (see
 * {@link PoolSupervisor}).
 */
final class PoolWorker implements Target {
    private static final long serialVersionUID = 1L;
    /** After this long seeing records it cannot get, a worker waits for the ring's lock (see {@link #take}). */
    private static final long STUCK_NANOS = 20_000_000;
    /** An idle worker looks for tasks at least this often (see {@link IdleWait}). */
    private static final long IDLE_CEILING_NANOS = 1_000_000;
    private static final int OUT_OF_MEMORY_EXIT = 1;

    private final Ring tasks;
    private final Ring results;
    private final Segment board;
    private final int boardOffset;
    private final Target initializer;
    private final int maxTasks;

    PoolWorker(Ring tasks, Ring results, Segment board, int boardOffset, Target initializer, int maxTasks) {
        this.tasks = tasks;
        this.results = results;
        this.board = board;
        this.boardOffset = boardOffset;
        this.initializer = initializer;
        this.maxTasks = maxTasks;
    }

    @Override
    public void run() throws Exception {
        if (initializer != null) {
            try {
                initializer.run();
            } catch (Throwable e) {
                results.write(TaskRunner.failure(0, PoolRecords.INIT_FAILED, e), -1, 0, () -> false);
                throw e; // and this worker ends like any process whose code threw
            }
        }
        TaskRunner runner = new TaskRunner();
        IdleWait wait = new IdleWait();
        for (int done = 0; maxTasks == 0 || done < maxTasks; done++) {
            byte[] task = take(wait);
            if (PoolRecords.isStop(task)) {
                board.setLong(boardOffset, 0);
                return;
            }
            byte[] result;
            try {
                result = runner.run(task);
            } catch (OutOfMemoryError e) {
                dieOfMemory(task, e);
                return;
            }
            results.write(result, -1, 0, () -> false);
            board.setLong(boardOffset, 0);
        }
    }

    /**
     * The next task record. Reads never wait while holding the ring's lock: a worker that lost the
     * race for a record goes back to waiting outside, so the other worker can take the next one.
     * Only when records have been there for a while without this worker getting the lock does it
     * wait for the lock, which takes it over from a worker that died holding it.
     */
    private byte[] take(IdleWait wait) {
        wait.reset();
        long blockedSince = 0;
        while (true) {
            if (tasks.count() > 0) {
                long now = System.nanoTime();
                blockedSince = blockedSince == 0 ? now : blockedSince;
                boolean stuck = now - blockedSince > STUCK_NANOS;
                Ring.Taken task = tasks.read(stuck ? STUCK_NANOS : 0, () -> false,
                        record -> board.setLong(boardOffset, PoolRecords.recordNo(record)));
                if (task != null) {
                    return task.bytes();
                }
            } else {
                blockedSince = 0;
            }
            wait.pause(IDLE_CEILING_NANOS);
        }
    }

    /**
     * A worker that ran out of memory may be broken anywhere: it tells the parent why it goes,
     * as the failure of its task, and ends at once. The parent replaces it.
     */
    private void dieOfMemory(byte[] task, OutOfMemoryError error) {
        try {
            Process self = Process.currentProcess();
            WorkerDiedError died = new WorkerDiedError(self.name() + " (pid " + ProcessHandle.current().pid()
                    + ") ran out of memory while running this task (" + error + "); the pool replaces it", error);
            results.write(TaskRunner.failure(PoolRecords.recordNo(task), PoolRecords.FAILED, died), -1, 0,
                    () -> false);
        } finally {
            Runtime.getRuntime().halt(OUT_OF_MEMORY_EXIT);
        }
    }
}
