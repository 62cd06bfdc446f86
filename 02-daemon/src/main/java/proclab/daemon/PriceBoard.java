package proclab.daemon;

import java.util.List;

/**
 * Task 4. While the shop is open, a board shows the suppliers' prices. Each supplier is slow, so
 * each has a fetcher process of its own; the board process shows what the fetchers find. The
 * board and the fetchers are daemons: they have no reason to run once the shop has closed.
 */
public final class PriceBoard {
    private PriceBoard() {
    }

    public static void main(String[] args) throws Exception {
        startPriceBoard(Suppliers.ALL);
        Shop.openForBusiness(args);
    }

    /**
     * Starts the board ({@link PriceFeed#showForever}) and one fetcher per supplier
     * ({@link PriceFeed#fetchForever}), joined by one queue. All are daemons, so none of them may
     * start another: this process starts them all.
     */
    static void startPriceBoard(List<String> suppliers) {
        // TODO 4: create one Queue<Price>; start the board and a fetcher per supplier, all daemons, all from here.
        throw new UnsupportedOperationException("TODO 4: start the board and the fetchers");
    }
}
