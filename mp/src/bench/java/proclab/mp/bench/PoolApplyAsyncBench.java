package proclab.mp.bench;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.AsyncResult;
import proclab.mp.Pool;

/**
 * Pool(2): many applyAsync calls, then every result (tasks per second, median of several rounds
 * after warm-up). Its CPython twin is python/pool_apply_async.py.
 */
public final class PoolApplyAsyncBench {
    private PoolApplyAsyncBench() {
    }

    static int square(int x) {
        return x * x;
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (Pool pool = new Pool(2)) {
            double seconds = Timing.medianSeconds(() -> {
                List<AsyncResult<Integer>> pending = new ArrayList<>(tasks);
                for (int i = 0; i < tasks; i++) {
                    pending.add(pool.applyAsync(PoolApplyAsyncBench::square, i));
                }
                for (AsyncResult<Integer> result : pending) {
                    result.get();
                }
            }, 5, 2);
            Timing.result("apply_async", tasks / seconds, "tasks/s", "higher");
        }
    }
}
