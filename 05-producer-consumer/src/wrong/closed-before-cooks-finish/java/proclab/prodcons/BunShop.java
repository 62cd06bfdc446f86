package proclab.prodcons;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Process;
import proclab.mp.Queue;

/** Task 2. The bun shop: several cooks and several eaters share one counter. */
public final class BunShop {
    private BunShop() {
    }

    /**
     * Opens the shop: {@code cooks} cooks named cook-1, cook-2... steam {@code bunsEach} buns each,
     * and {@code eaters} eaters named eater-1, eater-2... eat them. Returns when every bun is eaten
     * and every cook and eater has gone home.
     */
    public static void open(int cooks, int bunsEach, int eaters) {
        Queue<String> counter = new Queue<>();
        List<Process> cookProcesses = new ArrayList<>();
        for (int i = 1; i <= cooks; i++) {
            cookProcesses.add(new Process("cook-" + i, () -> Cook.cook(counter, bunsEach)));
        }
        List<Process> eaterProcesses = new ArrayList<>();
        for (int i = 1; i <= eaters; i++) {
            eaterProcesses.add(new Process("eater-" + i, () -> Eater.eatUntilClosed(counter)));
        }
        cookProcesses.forEach(Process::start);
        eaterProcesses.forEach(Process::start);

        for (int i = 0; i < eaters; i++) {
            counter.put(Buns.CLOSED);
        }
        cookProcesses.forEach(Process::join);
        eaterProcesses.forEach(Process::join);
    }
}
