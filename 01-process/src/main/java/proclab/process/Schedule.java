package proclab.process;

import java.util.List;

import proclab.mp.Process;

/** Two ways to run a list of processes: all at the same time, or one after another. */
public final class Schedule {
    private Schedule() {
    }

    /** Starts every worker, then joins every worker: they all run at the same time. */
    public static void runTogether(List<Process> workers) {
        // TODO 4: run all the workers at the same time, and return when all have ended.
        throw new UnsupportedOperationException("TODO 4: run the workers together");
    }

    /** Starts each worker and joins it before the next one starts: one at a time. */
    public static void runOneByOne(List<Process> workers) {
        // TODO 4: run the workers one at a time, and return when all have ended.
        throw new UnsupportedOperationException("TODO 4: run the workers one by one");
    }
}
