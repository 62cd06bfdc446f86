package proclab.daemon;

import java.util.List;

import proclab.mp.Process;
import proclab.mp.Queue;

public final class PriceBoard {
    private PriceBoard() {
    }

    public static void main(String[] args) throws Exception {
        startPriceBoard(Suppliers.ALL);
        Shop.openForBusiness(args);
    }

    static void startPriceBoard(List<String> suppliers) {
        Process board = new Process("board", () -> {
            Queue<Price> prices = new Queue<>();
            for (String supplier : suppliers) {
                Process fetcher = new Process("fetch-" + supplier, () -> PriceFeed.fetchForever(supplier, prices));
                fetcher.setDaemon(true);
                fetcher.start();
            }
            PriceFeed.showForever(prices);
        });
        board.start();
    }
}
