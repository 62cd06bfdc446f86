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
        Queue<Price> prices = new Queue<>();
        Process board = new Process("board", () -> PriceFeed.showForever(prices));
        board.setDaemon(true);
        board.start();
        for (String supplier : suppliers) {
            new Process("fetch-" + supplier, () -> PriceFeed.fetchForever(supplier, prices)).start();
        }
    }
}
