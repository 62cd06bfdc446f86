package proclab.daemon.demo;

import proclab.daemon.Price;
import proclab.daemon.PriceFeed;
import proclab.daemon.Shop;
import proclab.daemon.Suppliers;
import proclab.mp.Process;
import proclab.mp.Queue;

/**
 * The first design of task 4's price board, which does not work: the board is a daemon, and it
 * starts its own fetchers. mp refuses, as Python does: a daemon cannot have children.
 */
public final class NestedBoardDemo {
    private NestedBoardDemo() {
    }

    public static void main(String[] args) throws Exception {
        Process board = new Process("board", () -> {
            Queue<Price> prices = new Queue<>();
            for (String supplier : Suppliers.ALL) {
                // This start() fails: the board is a daemon.
                new Process("fetch-" + supplier, () -> PriceFeed.fetchForever(supplier, prices)).start();
            }
            PriceFeed.showForever(prices);
        });
        board.setDaemon(true);
        board.start();
        Shop.openForBusiness(args);
    }
}
