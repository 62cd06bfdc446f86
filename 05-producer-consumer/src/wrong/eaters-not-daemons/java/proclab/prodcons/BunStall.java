package proclab.prodcons;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.JoinableQueue;
import proclab.mp.Process;

/**
 * Task 3. A street stall: the eaters never go home by themselves. The stall closes when every bun
 * has been eaten, and the eaters go with it.
 */
public final class BunStall {
    private BunStall() {
    }

    /** {@code BunStall COOKS BUNS_EACH EATERS}, for example {@code BunStall 2 3 2}. */
    public static void main(String[] args) {
        int cooks = Integer.parseInt(args[0]);
        int bunsEach = Integer.parseInt(args[1]);
        int eaters = Integer.parseInt(args[2]);
        serve(cooks, bunsEach, eaters);
        System.out.println("all buns eaten, the stall closes");
    }

    /**
     * Starts cooks named cook-1, cook-2... and daemon eaters named eater-1, eater-2... on one
     * JoinableQueue, and returns when every bun that the cooks made has been eaten.
     */
    static void serve(int cooks, int bunsEach, int eaters) {
        JoinableQueue<String> counter = new JoinableQueue<>();
        List<Process> cookProcesses = new ArrayList<>();
        for (int i = 1; i <= cooks; i++) {
            Process cook = new Process("cook-" + i, () -> Cook.cook(counter, bunsEach));
            cook.start();
            cookProcesses.add(cook);
        }
        for (int i = 1; i <= eaters; i++) {
            Process eater = new Process("eater-" + i, () -> eatAndMarkDone(counter));
            eater.start();
        }
        cookProcesses.forEach(Process::join); // after this, no bun is put any more
        counter.join();                       // and after this, every bun put is eaten
    }

    /** An eater of the stall: takes a bun, eats it, marks it done; for ever. */
    static void eatAndMarkDone(JoinableQueue<String> counter) {
        while (true) {
            String bun = counter.get();
            Buns.eat(bun);
            counter.taskDone(); // only now, when the bun is really eaten
        }
    }
}
