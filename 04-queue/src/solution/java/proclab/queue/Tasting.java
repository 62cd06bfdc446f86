package proclab.queue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import proclab.mp.Process;
import proclab.mp.Queue;

/**
 * The tasting: one taster process per dish, each sending its verdict back through one queue.
 * The parent counts the verdicts: it knows how many will come, so it does not need to guess
 * from {@code empty()} whether more are on their way.
 */
public final class Tasting {
    private Tasting() {
    }

    /** Tastes every dish in a process of its own ("taster-1", "taster-2"...) and returns each dish's score. */
    public static Map<String, Integer> tasteAll(List<String> dishes) {
        Queue<Verdict> verdicts = new Queue<>();
        List<Process> tasters = new ArrayList<>();
        for (int i = 0; i < dishes.size(); i++) {
            String dish = dishes.get(i);
            Process taster = new Process("taster-" + (i + 1), () -> verdicts.put(Taster.taste(dish)));
            taster.start();
            tasters.add(taster);
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < dishes.size(); i++) {
            Verdict verdict = verdicts.get();
            scores.put(verdict.dish(), verdict.score());
        }
        for (Process taster : tasters) {
            taster.join();
        }
        return scores;
    }
}
