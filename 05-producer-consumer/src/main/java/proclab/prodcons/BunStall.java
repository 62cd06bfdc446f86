package proclab.prodcons;

import proclab.mp.JoinableQueue;

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
        // TODO 3: start the cooks and the daemon eaters on one JoinableQueue; return when all buns are eaten.
        throw new UnsupportedOperationException("TODO 3: serve until every bun is eaten");
    }

    /** An eater of the stall: takes a bun, eats it, marks it done; for ever. */
    static void eatAndMarkDone(JoinableQueue<String> counter) {
        // TODO 3: for ever: take a bun from the counter, eat it, and tell the counter that it is done.
        throw new UnsupportedOperationException("TODO 3: take, eat and mark done, for ever");
    }
}
