package proclab.mp.bench;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.JoinableQueue;
import proclab.mp.Process;

/**
 * The parent puts small items into a {@link JoinableQueue} and waits in {@code join} until
 * daemon consumer processes have marked every one done. Arguments: items per round, consumers,
 * rounds. A first round warms up and is not counted; the figure is the median rate of the
 * others. Its CPython twin is python/joinable_queue.py.
 */
public final class JoinableQueueBench {
    private JoinableQueueBench() {
    }

    public static void main(String[] args) {
        int items = Integer.parseInt(args[0]);
        int consumers = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        JoinableQueue<Integer> queue = new JoinableQueue<>();
        List<Process> workers = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            Process consumer = new Process(() -> {
                while (true) {
                    queue.get();
                    queue.taskDone();
                }
            });
            consumer.setDaemon(true);
            consumer.start();
            workers.add(consumer);
        }
        double[] rates = new double[rounds];
        for (int r = 0; r <= rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < items; i++) {
                queue.put(i);
            }
            queue.join();
            if (r > 0) {
                rates[r - 1] = items / ((System.nanoTime() - start) / 1e9);
            }
        }
        workers.forEach(Process::terminate);
        Timing.result("joinable_queue", Stats.median(rates), "items/s", "higher");
    }
}
