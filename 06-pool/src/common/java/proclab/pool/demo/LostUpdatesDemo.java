package proclab.pool.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import proclab.mp.Delays;
import proclab.mp.DictProxy;
import proclab.mp.Manager;
import proclab.mp.Process;
import proclab.pool.StartGate;

/**
 * The mug giveaway without a lock: 100 readers, 100 mugs, and a count in a manager's dict that
 * every reader takes one from. Many of the updates get lost.
 *
 * <p>Run it: {@code ./mvnw -q -pl 06-pool compile exec:exec}
 */
public final class LostUpdatesDemo {
    private static final int READERS = 100;

    private LostUpdatesDemo() {
    }

    public static void main(String[] args) {
        // The manager answers slowly, as a server far away would: 200 ms after each read.
        Delays.set("dict.get", Duration.ofMillis(200));
        System.out.println(READERS + " mugs, " + READERS + " readers, no lock. Starting " + READERS
                + " processes takes a while...");
        try (Manager manager = new Manager()) {
            DictProxy<String, Integer> stock = manager.dict(Map.of("mugs", READERS));
            StartGate gate = new StartGate(READERS);
            List<Process> readers = new ArrayList<>();
            for (int i = 1; i <= READERS; i++) {
                readers.add(new Process("reader-" + i, () -> {
                    gate.arrive();
                    int mugs = stock.get("mugs");      // read ...
                    stock.put("mugs", mugs - 1);       // ... and write: two steps, no lock
                    System.out.println(Process.currentProcess().name() + " read " + mugs + ", wrote " + (mugs - 1));
                }));
            }
            readers.forEach(Process::start);
            readers.forEach(Process::join);

            int left = stock.get("mugs");
            System.out.println(READERS + " readers each took one mug. The dict says " + left
                    + " mugs are left; it should say 0.");
            System.out.println(left + " of " + READERS + " updates were lost: readers who read the same count"
                    + " all wrote back the same number.");
        }
    }
}
