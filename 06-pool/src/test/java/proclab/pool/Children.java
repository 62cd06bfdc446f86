package proclab.pool;

import java.time.Duration;
import java.util.List;

import proclab.mp.Process;
import proclab.mp.Target;
import proclab.mp.Timeline;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** Processes that a test starts itself, to run the student's code in them. */
final class Children {
    /** The timeline event that says a child ran into a TODO of the skeleton. */
    private static final String TODO = "test.todo";
    /** How long a test waits for its children: JVMs start slowly on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private Children() {
    }

    /** A process that runs {@code body}, and notes on the timeline when the body hits a TODO of the skeleton. */
    static Process named(String name, Target body) {
        return new Process(name, () -> {
            try {
                body.run();
            } catch (UnsupportedOperationException e) {
                if (String.valueOf(e.getMessage()).startsWith("TODO")) {
                    Timeline.record(TODO, e.getMessage());
                }
                throw e;
            }
        });
    }

    /**
     * Starts them all, waits for each, and ends those still running after a long wait, so that a
     * test never leaves one behind. Then {@link #rethrowTodo()}.
     */
    static void runAll(List<Process> processes) {
        try {
            processes.forEach(Process::start);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            for (Process p : processes) {
                p.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            }
        } finally {
            for (Process p : processes) {
                if (p.pid() != null && p.isAlive()) {
                    p.kill();
                    p.join();
                }
            }
        }
        rethrowTodo();
    }

    /**
     * Throws the skeleton's TODO exception if a child ran into one, so that the score board says
     * "not started" rather than "failed".
     */
    static void rethrowTodo() {
        for (Event e : TimelineFile.current()) {
            if (e.action().equals(TODO)) {
                throw new UnsupportedOperationException(e.detail() + " (in " + e.process() + ")");
            }
        }
    }
}
