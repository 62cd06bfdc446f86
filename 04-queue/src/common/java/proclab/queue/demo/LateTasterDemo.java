package proclab.queue.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import proclab.mp.Delays;
import proclab.mp.Process;
import proclab.mp.Queue;
import proclab.queue.Taster;
import proclab.queue.Verdict;

/**
 * Four tasters send their verdicts through one queue; the soup taster is slow. The parent takes
 * verdicts "while the queue is not empty", and so it stops before the soup's verdict is there.
 */
public final class LateTasterDemo {
    private static final List<String> DISHES = List.of("dumplings", "noodles", "rice", "soup");

    private LateTasterDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        Delays.set("taste.soup", Duration.ofSeconds(3));   // the soup taster takes 3 s longer
        Queue<Verdict> verdicts = new Queue<>();
        List<Process> tasters = new ArrayList<>();
        for (String dish : DISHES) {
            Process taster = new Process("taster-" + dish, () -> verdicts.put(Taster.taste(dish)));
            taster.start();
            tasters.add(taster);
        }
        System.out.println(DISHES.size() + " tasters started. The parent waits for the first verdict,");
        System.out.println("then takes verdicts while the queue is not empty.");
        List<Verdict> seen = new ArrayList<>();
        seen.add(verdicts.get());
        Thread.sleep(1000);   // give the others a moment: surely they are done by now?
        while (!verdicts.empty()) {
            seen.add(verdicts.get());
        }
        seen.forEach(v -> System.out.println("  " + v.dish() + ": " + v.score() + " of 10"));
        System.out.println("The queue was empty, so the parent stopped with " + seen.size() + " verdicts of "
                + DISHES.size() + ".");
        Verdict late = verdicts.get();
        System.out.println("Later, the verdict for " + late.dish() + " came too (" + late.score()
                + " of 10). Nobody was looking any more.");
        for (Process taster : tasters) {
            taster.join();
        }
    }
}
