package proclab.process;

import java.util.function.Consumer;

import proclab.mp.Process;

/** The foreman watches the shop's running processes and posts on a board how each one ended. */
public final class Foreman {
    private Foreman() {
    }

    /**
     * Watches the children of this process until none is left running. First it posts
     * {@code watching N}, N being the number of children running. Then, as soon as one ends, it
     * posts {@code NAME: HOW} on the board, with HOW from {@link #howItEnded(int)}.
     */
    public static void watch(Consumer<String> board) throws InterruptedException {
        // TODO 6: post "watching N". Then look at Process.activeChildren() again and again: when a
        //  child you saw running is no longer in the list, it has ended. Post its name and how it
        //  ended. Return when no child is left running.
        throw new UnsupportedOperationException("TODO 6: watch the children and report how each ended");
    }

    /** An exit code in words: "done" (0), "failed with exit code N" (N), "killed by signal N" (-N). */
    static String howItEnded(int exitCode) {
        // TODO 6: turn the exit code into words.
        throw new UnsupportedOperationException("TODO 6: say how a process ended");
    }
}
