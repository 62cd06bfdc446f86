package proclab.process;

import java.util.ArrayList;
import java.util.List;

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
        List<Process> workers = new ArrayList<>();
        for (String name : args) {
            Process worker = new Process(name, () -> introduce(name));
            worker.start();
            workers.add(worker);
        }
        for (Process worker : workers) {
            worker.join();
        }
    }

    /** Runs in the worker: prints one line, {@code NAME: pid PID, parent PPID}. */
    static void introduce(String name) {
        long pid = ProcessHandle.current().pid();
        long parent = Process.parentProcess().pid();
        System.out.println(name + ": pid " + pid + ", parent " + parent);
    }
}
