package proclab.mp.bench;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Barrier;
import proclab.mp.Process;
import proclab.mp.Value;

/**
 * Several processes each increment a shared {@link Value} under its lock, one acquire, increment
 * and release at a time. Arguments: processes, increments per process per round, rounds. A first
 * round warms up and is not counted; the figure is the median wall time of one round. Its CPython
 * twin is python/locked_increment.py.
 */
public final class LockedIncrementBench {
    private LockedIncrementBench() {
    }

    public static void main(String[] args) {
        int processes = Integer.parseInt(args[0]);
        int increments = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Value<Integer> counter = Value.of(0);
        Barrier barrier = new Barrier(processes + 1);
        List<Process> workers = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            Process worker = new Process(() -> {
                for (int r = 0; r <= rounds; r++) {
                    barrier.await();
                    for (int i = 0; i < increments; i++) {
                        try (var held = counter.getLock().hold()) {
                            counter.set(counter.get() + 1);
                        }
                    }
                    barrier.await();
                }
            });
            worker.start();
            workers.add(worker);
        }
        double[] seconds = new double[rounds];
        for (int r = 0; r <= rounds; r++) {
            barrier.await();
            long start = System.nanoTime();
            barrier.await();
            if (r > 0) {
                seconds[r - 1] = (System.nanoTime() - start) / 1e9;
            }
        }
        workers.forEach(Process::join);
        int expected = processes * increments * (rounds + 1);
        if (counter.get() != expected) {
            throw new IllegalStateException("lost updates: " + counter.get() + " != " + expected);
        }
        Timing.result("locked_increments", Stats.median(seconds), "s", "lower");
    }
}
