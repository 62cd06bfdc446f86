package proclab.mp.bench;

import java.util.Locale;

/** What the pool benchmarks share with their CPython twins (python/common.py): timing and RESULT lines. */
final class Timing {
    /** A benchmark step that may throw. */
    interface Step {
        void run() throws Exception;
    }

    private Timing() {
    }

    /** Runs {@code step} {@code warmup} times untimed, then {@code rounds} times; the median seconds of one round. */
    static double medianSeconds(Step step, int rounds, int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
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
