package proclab.mp.internal;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;

/**
 * What a process does on its way out, in a fixed order, from a single shutdown hook: Java runs
 * separate hooks at the same time, and these steps depend on each other. It is on every child's
 * boot path, so it builds no lambdas (see ChildMain).
 */
public final class ExitActions {
    /** Stop listening to the parent. */
    public static final int RELEASE_PARENT = 0;
    /** Terminate daemon children, wait for the others. */
    public static final int CHILDREN = 10;
    /** Remove the tree's shared directory (root only), once no child can still need it. */
    public static final int TREE_DIRECTORY = 20;
    /** Tell the parent this was an orderly exit: the very last thing a child writes. */
    public static final int REPORT_EXIT = 30;

    /** The actions by their order; a TreeMap keeps them sorted without a comparator to build. */
    private static final TreeMap<Integer, List<Runnable>> ACTIONS = new TreeMap<>();
    private static boolean hookInstalled;
    private static boolean ran;

    private ExitActions() {
    }

    public static synchronized void register(int order, Runnable body) {
        List<Runnable> sameOrder = ACTIONS.get(order);
        if (sameOrder == null) {
            sameOrder = new ArrayList<>();
            ACTIONS.put(order, sameOrder);
        }
        sameOrder.add(body);
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread("mp-exit") {
                @Override
                public void run() {
                    runAll();
                }
            });
        }
    }

    /** Runs every action once, in order; a failing action does not stop the ones after it. */
    public static void runAll() {
        List<Runnable> toRun = new ArrayList<>();
        synchronized (ExitActions.class) {
            if (ran) {
                return;
            }
            ran = true;
            for (List<Runnable> actions : ACTIONS.values()) {
                toRun.addAll(actions);
            }
        }
        for (Runnable action : toRun) {
            try {
                action.run();
            } catch (RuntimeException | Error e) {
                System.err.println("proclab: an exit step failed: " + e);
            }
        }
    }
}
