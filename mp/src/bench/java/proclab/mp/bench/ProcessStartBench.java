package proclab.mp.bench;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Process;

/**
 * How long a child process takes: start and join of a trivial target, one after another (median
 * of many), and 100 children started at once, then all joined (wall time, median of a few rounds).
 * Its CPython twin is python/process_start.py.
 */
public final class ProcessStartBench {
    private ProcessStartBench() {
    }

    public static void main(String[] args) {
        int sequential = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        startJoin(5); // warm up this JVM's side of the launcher
        double[] each = startJoin(sequential);
        Timing.result("start_join", Stats.median(each), "ms", "lower");
        double[] hundred = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            hundred[r] = hundredAtOnce();
        }
        Timing.result("hundred_at_once", Stats.median(hundred), "s", "lower");
    }

    private static double[] startJoin(int count) {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Process child = new Process(() -> { });
            child.start();
            child.join();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double hundredAtOnce() {
        long start = System.nanoTime();
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Process child = new Process(() -> { });
            child.start();
            children.add(child);
        }
        children.forEach(Process::join);
        return (System.nanoTime() - start) / 1e9;
    }
}
