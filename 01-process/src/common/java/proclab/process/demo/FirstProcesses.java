package proclab.process.demo;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Process;

/**
 * The lesson's demo: three jobs run in three child processes at the same time, and a child
 * changes a static field that the parent never sees change. Run it with
 * {@code ./mvnw -q -pl 01-process compile exec:exec}.
 */
public final class FirstProcesses {
    /** Every process has its own copy of this field. */
    static int copiesMade = 0;

    private FirstProcesses() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("main runs in pid " + ProcessHandle.current().pid());

        List<Process> jobs = new ArrayList<>();
        for (String job : List.of("print", "copy", "bind")) {
            Process child = new Process(() -> work(job));
            child.start();
            jobs.add(child);
        }
        for (Process child : jobs) {
            child.join();
            System.out.println(child.name() + " ended with exit code " + child.exitCode());
        }

        Process copier = new Process(() -> {
            copiesMade = 100;
            System.out.println("  the child set copiesMade to " + copiesMade);
        });
        copier.start();
        copier.join();
        System.out.println("back in main, copiesMade is " + copiesMade);
    }

    private static void work(String job) throws InterruptedException {
        String me = Process.currentProcess().name() + " (pid " + ProcessHandle.current().pid()
                + ", parent " + Process.parentProcess().pid() + ")";
        System.out.println("  " + me + " starts to " + job);
        Thread.sleep(1000);
        System.out.println("  " + me + " is done");
    }
}
