package proclab.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import proclab.mp.AcquirerProxy;
import proclab.mp.DictProxy;
import proclab.mp.Manager;
import proclab.mp.Process;

/** Task 3: readers take mugs from a stock that a manager's dict holds. */
public final class Giveaway {
    /** The key of the stock's count in the dict. */
    public static final String MUGS = "mugs";

    private Giveaway() {
    }

    /** Takes one mug: the count in {@code stock} goes down by one, with no update lost. */
    public static void claim(DictProxy<String, Integer> stock, AcquirerProxy lock) {
        try (var held = lock.hold()) {
            stock.put(MUGS, stock.get(MUGS) - 1);
        }
    }

    /**
     * Starts a stock of {@code readers} mugs in a manager and one process per reader that claims
     * a mug; returns the count the dict holds once every reader has ended.
     */
    public static int run(int readers) {
        try (Manager manager = new Manager()) {
            DictProxy<String, Integer> stock = manager.dict(Map.of(MUGS, readers));
            AcquirerProxy lock = manager.lock();
            List<Process> processes = new ArrayList<>();
            for (int i = 1; i <= readers; i++) {
                Process reader = new Process("reader-" + i, () -> claim(stock, lock));
                reader.start();
                processes.add(reader);
            }
            for (Process reader : processes) {
                reader.join();
            }
            return stock.get(MUGS);
        }
    }
}
