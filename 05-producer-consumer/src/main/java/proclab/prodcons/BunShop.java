package proclab.prodcons;

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
        // TODO 2: start the cooks and the eaters on one counter; when all buns are made, send the
        //  eaters home with CLOSED, and wait for everybody.
        throw new UnsupportedOperationException("TODO 2: open the bun shop and close it when all buns are eaten");
    }
}
