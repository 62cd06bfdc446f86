package proclab.mp.bench;

import java.util.Locale;

/** What the benchmarks share: the RESULT lines SideBySide reads, and (for the pool benchmarks, as python/common.py) timing. */
final class Timing {
    static final double WARMUP_SECONDS = 2;
    /** A benchmark step that may throw. */
    interface Step {
        void run() throws Exception;
    }

    private Timing() {
    }

    /**
     * Runs {@code step} untimed at least {@code warmup} times and for at least {@link #WARMUP_SECONDS}
     * (the JIT compilers need the time, on a loaded machine most of all), then {@code rounds}
     * times; the median seconds of one round.
     */
    static double medianSeconds(Step step, int rounds, int warmup) throws Exception {
        long warmupEnd = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
        for (int i = 0; i < warmup || System.nanoTime() - warmupEnd < 0; i++) {
            step.run();
        }
        double[] seconds = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            step.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return Stats.median(seconds);
    }

    static void result(String metric, double value, String unit, String better) {
        System.out.println(String.format(Locale.ROOT, "RESULT %s %.6g %s %s", metric, value, unit, better));
    }
}
