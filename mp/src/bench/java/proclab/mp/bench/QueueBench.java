package proclab.mp.bench;

import proclab.mp.Barrier;
import proclab.mp.Process;
import proclab.mp.Queue;

/**
 * One producer process puts small items into a {@link Queue}; the parent gets them. Arguments:
 * items per round, rounds. Two kinds of item: ints and 100-character strings. A first round warms
 * up and is not counted; the figure is the median rate of the others. Its CPython twin is
 * python/queue_throughput.py.
 */
public final class QueueBench {
    static final String HUNDRED_CHARS = "x".repeat(100);

    private QueueBench() {
    }

    public static void main(String[] args) {
        int items = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Timing.result("queue_ints", itemsPerSecond(items, rounds, false), "items/s", "higher");
        Timing.result("queue_strings_100B", itemsPerSecond(items, rounds, true), "items/s", "higher");
    }

    private static double itemsPerSecond(int items, int rounds, boolean strings) {
        Queue<Object> queue = new Queue<>();
        Barrier barrier = new Barrier(2);
        Process producer = new Process(() -> {
            for (int r = 0; r <= rounds; r++) {
                barrier.await();
                for (int i = 0; i < items; i++) {
                    queue.put(strings ? HUNDRED_CHARS : (Object) i);
                }
            }
        });
        producer.start();
        double[] rates = new double[rounds];
        for (int r = 0; r <= rounds; r++) {
            barrier.await();
            long start = System.nanoTime();
            for (int i = 0; i < items; i++) {
                queue.get();
            }
            if (r > 0) {
                rates[r - 1] = items / ((System.nanoTime() - start) / 1e9);
            }
        }
        producer.join();
        return Stats.median(rates);
    }
}
