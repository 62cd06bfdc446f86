package proclab.mp.bench;

import proclab.mp.Pool;

/**
 * From {@code new Pool(2)} to the result of its first task: the first time in this JVM (cold),
 * and the median of later rounds, each with a new pool. Its CPython twin is python/pool_start.py.
 */
public final class PoolStartBench {
    private PoolStartBench() {
    }

    static int square(int x) {
        return x * x;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Timing.result("pool_start_first_result_cold", createAndAskOnce() * 1000, "ms", "lower");
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            millis[i] = createAndAskOnce() * 1000;
        }
        Timing.result("pool_start_first_result", Stats.median(millis), "ms", "lower");
    }

    /** Seconds from the pool's creation to its first result; ending the pool is not counted. */
    private static double createAndAskOnce() {
        long start = System.nanoTime();
        Pool pool = new Pool(2);
        pool.apply(PoolStartBench::square, 3);
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.terminate();
        return seconds;
    }
}
