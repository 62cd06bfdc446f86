package proclab.mp.bench;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.AsyncResult;
import proclab.mp.Pool;
import proclab.mp.Process;

/**
 * The lesson's comparison: 100 small tasks through a pool (created, used, closed and joined)
 * against a new process per task (all started, then all joined). Wall time of each, median of a
 * few rounds. Its CPython twin is python/pool_vs_process.py.
 */
public final class PoolVersusProcessBench {
    private PoolVersusProcessBench() {
    }

    static int square(int x) {
        return x * x;
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Timing.result("pool_100_tasks", Timing.medianSeconds(() -> throughPool(tasks), rounds, 1), "s", "lower");
        Timing.result("process_per_task_100", Timing.medianSeconds(() -> processPerTask(tasks), rounds, 1), "s",
                "lower");
    }

    private static void throughPool(int tasks) {
        try (Pool pool = new Pool()) {
            List<AsyncResult<Integer>> results = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                results.add(pool.applyAsync(PoolVersusProcessBench::square, i));
            }
            results.forEach(AsyncResult::get);
        }
    }

    private static void processPerTask(int tasks) {
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            int x = i;
            Process child = new Process(() -> square(x));
            child.start();
            children.add(child);
        }
        children.forEach(Process::join);
    }
}
