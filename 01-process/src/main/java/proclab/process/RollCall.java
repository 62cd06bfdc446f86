package proclab.process;

import proclab.mp.Process;

/**
 * The roll call: every name on the command line becomes a worker process, and each worker says
 * who it is.
 *
 * <pre>
 * ann: pid 4312, parent 4300
 * bob: pid 4315, parent 4300
 * </pre>
 */
public final class RollCall {
    private RollCall() {
    }

    /** Starts one worker per name, named after it, that calls {@code introduce(name)}; waits for all. */
    public static void main(String[] args) {
        // TODO 1: for each name in args, make a Process with that name whose target calls
        //  introduce(name), and start it. Then join every worker.
        throw new UnsupportedOperationException("TODO 1: start one worker process per name");
    }

    /** Runs in the worker: prints one line, {@code NAME: pid PID, parent PPID}. */
    static void introduce(String name) {
        // TODO 1: print "NAME: pid PID, parent PPID" with this process's pid and its parent's pid.
        throw new UnsupportedOperationException("TODO 1: print the worker's name, pid and parent pid");
    }
}
