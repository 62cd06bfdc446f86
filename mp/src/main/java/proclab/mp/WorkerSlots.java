package proclab.mp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import proclab.mp.internal.Arena;
import proclab.mp.internal.ExitActions;
import proclab.mp.internal.Ring;
import proclab.mp.internal.Segment;

/**
 * A pool's worker processes, one per slot, and the board in shared memory on which each worker
 * notes the task record it holds. A slot whose worker has ended is retired and may get a new one.
 */
final class WorkerSlots {
    /** Each worker's line of the board has a cache line of its own. */
    private static final int LINE_BYTES = 64;
    /** Pools whose workers may still be replaced: at exit, none may start any more. */
    private static final Set<WorkerSlots> LIVE = ConcurrentHashMap.newKeySet();

    static {
        // Before the exit sequence terminates daemon children, pools stop replacing them: a worker
        // started after that would be waited for, and the JVM would never exit.
        ExitActions.register(ExitActions.CHILDREN - 1, () -> LIVE.forEach(WorkerSlots::refuseStarts));
    }

    private final Process[] workers;
    private final Segment board;
    private final Ring tasks;
    private final Ring results;
    private final Target initializer;
    private final int maxTasksPerChild;
    private boolean refusing;

    WorkerSlots(int size, Ring tasks, Ring results, Target initializer, int maxTasksPerChild) {
        this.workers = new Process[size];
        this.board = Arena.allocate(size * LINE_BYTES);
        this.tasks = tasks;
        this.results = results;
        this.initializer = initializer;
        this.maxTasksPerChild = maxTasksPerChild;
        LIVE.add(this);
    }

    int size() {
        return workers.length;
    }

    synchronized void startAll() {
        for (int slot = 0; slot < workers.length; slot++) {
            start(slot);
        }
    }

    /** Starts a worker in an empty slot, unless the pool is ending. */
    synchronized void start(int slot) {
        if (refusing) {
            return;
        }
        Process worker = new Process(null, new PoolWorker(tasks, results, board, slot * LINE_BYTES, initializer,
                maxTasksPerChild));
        // Python's name for a spawned pool worker: SpawnPoolWorker-N, N counting all processes.
        worker.setName(worker.name().replace("Process", "SpawnPoolWorker"));
        worker.setDaemon(true);
        worker.start();
        workers[slot] = worker;
    }

    /** The slots whose worker has ended and is not yet retired. */
    synchronized List<Integer> ended() {
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < workers.length; slot++) {
            if (workers[slot] != null && !workers[slot].isAlive()) {
                slots.add(slot);
            }
        }
        return slots;
    }

    /** The number of the task record the worker in {@code slot} holds, or 0. */
    long claim(int slot) {
        return board.getLong(slot * LINE_BYTES);
    }

    /** True if a worker in a slot other than {@code slot} holds record {@code recordNo}. */
    boolean claimedElsewhere(long recordNo, int slot) {
        for (int other = 0; other < workers.length; other++) {
            if (other != slot && claim(other) == recordNo) {
                return true;
            }
        }
        return false;
    }

    /** How the worker in {@code slot} ended, e.g. "SpawnPoolWorker-3 (pid 4242) was killed by signal 9 (SIGKILL)". */
    synchronized String describeEnd(int slot) {
        Process worker = workers[slot];
        Integer code = worker.exitCode();
        String how;
        if (code == null) {
            how = "ended";
        } else if (code < 0) {
            how = "was killed by signal " + -code + (code == -9 ? " (SIGKILL)" : code == -15 ? " (SIGTERM)" : "");
        } else {
            how = "exited with code " + code + " (System.exit(" + code + ") in the task, or a JVM failure)";
        }
        return worker.name() + " (pid " + worker.pid() + ") " + how;
    }

    /** Lets go of the ended worker in {@code slot} and clears its line of the board. */
    synchronized void retire(int slot) {
        Process worker = Objects.requireNonNull(workers[slot]);
        worker.join();
        worker.close();
        workers[slot] = null;
        board.setLong(slot * LINE_BYTES, 0);
    }

    synchronized boolean allRetired() {
        for (Process worker : workers) {
            if (worker != null) {
                return false;
            }
        }
        return true;
    }

    private synchronized void refuseStarts() {
        refusing = true;
    }

    /** Ends every worker at once (SIGTERM) and waits until they are gone; none starts after this. */
    synchronized void terminateAll() {
        refusing = true;
        for (Process worker : workers) {
            if (worker != null) {
                worker.terminate();
            }
        }
        for (int slot = 0; slot < workers.length; slot++) {
            if (workers[slot] != null) {
                retire(slot);
            }
        }
        forget();
    }

    /** The pool is over: its workers are no business of the exit sequence's any more. */
    void forget() {
        LIVE.remove(this);
    }
}
