package proclab.mp.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a process does on its way out, in a fixed order, from a single shutdown hook: Java runs
 * separate hooks at the same time, and these steps depend on each other.
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

    private record Action(int order, Runnable body) {
    }

    private static final List<Action> ACTIONS = new ArrayList<>();
    private static boolean hookInstalled;
    private static boolean ran;

    private ExitActions() {
    }

    public static synchronized void register(int order, Runnable body) {
        ACTIONS.add(new Action(order, body));
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(ExitActions::runAll, "mp-exit"));
        }
    }

    /** Runs every action once, in order; a failing action does not stop the ones after it. */
    public static void runAll() {
        List<Action> toRun;
        synchronized (ExitActions.class) {
            if (ran) {
                return;
            }
            ran = true;
            toRun = new ArrayList<>(ACTIONS);
        }
        toRun.sort(Comparator.comparingInt(Action::order));
        for (Action action : toRun) {
            try {
                action.body().run();
            } catch (RuntimeException | Error e) {
                System.err.println("proclab: an exit step failed: " + e);
            }
        }
    }
}
