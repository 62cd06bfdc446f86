package proclab.mp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import proclab.mp.AcquirerProxy;
import proclab.mp.Barrier;
import proclab.mp.DictProxy;
import proclab.mp.Manager;
import proclab.mp.Process;

/**
 * {@code d["k"] += 1} under a manager lock, from several processes at once. Arguments: processes,
 * increments per process per round, rounds. A first round warms up and is not counted; the figure
 * is the median rate of the others. Its CPython twin is python/manager_dict.py.
 */
public final class ManagerDict {
    private ManagerDict() {
    }

    public static void main(String[] args) {
        int processes = Integer.parseInt(args[0]);
        int ops = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        try (Manager manager = new Manager()) {
            DictProxy<String, Integer> d = manager.dict(Map.of("k", 0));
            AcquirerProxy lock = manager.lock();
            Barrier barrier = new Barrier(processes + 1);
            List<Process> workers = new ArrayList<>();
            for (int i = 0; i < processes; i++) {
                Process worker = new Process(() -> work(d, lock, barrier, ops, rounds));
                worker.start();
                workers.add(worker);
            }
            double[] rates = new double[rounds];
            for (int r = 0; r <= rounds; r++) {
                barrier.await();
                long start = System.nanoTime();
                barrier.await();
                if (r > 0) {
                    rates[r - 1] = processes * ops / ((System.nanoTime() - start) / 1e9);
                }
            }
            workers.forEach(Process::join);
            int expected = processes * ops * (rounds + 1);
            if (d.get("k") != expected) {
                throw new IllegalStateException("lost updates: " + d.get("k") + " != " + expected);
            }
            Timing.result("locked_increments", Stats.median(rates), "ops/s", "higher");
        }
    }

    private static void work(DictProxy<String, Integer> d, AcquirerProxy lock, Barrier barrier, int ops, int rounds) {
        for (int r = 0; r <= rounds; r++) {
            barrier.await();
            for (int i = 0; i < ops; i++) {
                try (var held = lock.hold()) {
                    d.put("k", d.get("k") + 1);
                }
            }
            barrier.await();
        }
    }
}
