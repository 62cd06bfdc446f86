package proclab.process;

import java.util.ArrayList;
import java.util.List;
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
        List<Process> running = Process.activeChildren();
        board.accept("watching " + running.size());
        while (!running.isEmpty()) {
            Thread.sleep(20);
            List<Process> stillRunning = Process.activeChildren();
            for (Process child : running) {
                if (!stillRunning.contains(child)) {
                    board.accept(child.name() + ": " + howItEnded(child.exitCode()));
                }
            }
            running = stillRunning;
        }
    }

    /** An exit code in words: "done" (0), "failed with exit code N" (N), "killed by signal N" (-N). */
    static String howItEnded(int exitCode) {
        if (exitCode == 0) {
            return "done";
        }
        return exitCode > 0 ? "failed with exit code " + exitCode : "killed by signal " + -exitCode;
    }
}
