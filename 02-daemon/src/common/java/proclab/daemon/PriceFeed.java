package proclab.daemon;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import proclab.mp.Queue;
import proclab.mp.Timeline;

/** The two loops of task 4's price board. Neither ever ends by itself. */
public final class PriceFeed {
    private PriceFeed() {
    }

    /** A fetcher: asks {@code supplier} for its price again and again, and puts each answer on the queue. */
    public static void fetchForever(String supplier, Queue<Price> prices) throws InterruptedException {
        for (int round = 0; ; round++) {
            prices.put(Suppliers.fetch(supplier, round));
        }
    }

    /** The board: takes prices from the queue and shows the whole board each time it changes. */
    public static void showForever(Queue<Price> prices) {
        Map<String, Integer> board = new TreeMap<>();
        while (true) {
            Price price = prices.get();
            Integer before = board.put(price.supplier(), price.cents());
            if (before == null || before != price.cents()) {
                String shown = board.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue() / 100 + "." + String.format("%02d", e.getValue() % 100))
                        .collect(Collectors.joining(" "));
                Timeline.record("board.show", shown);
                System.out.println("board: " + shown);
            }
        }
    }
}
