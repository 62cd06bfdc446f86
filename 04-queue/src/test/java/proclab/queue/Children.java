package proclab.queue;

import proclab.mp.Process;
import proclab.mp.Target;
import proclab.mp.Timeline;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** Processes that a test starts itself, to run the student's code in them. */
final class Children {
    /** The timeline event that says a child ran into a TODO of the skeleton. */
    static final String TODO = "test.todo";

    private Children() {
    }

    /**
     * A process that runs {@code body}. If the body throws the skeleton's TODO exception, the child
     * notes it on the timeline, so that the test can tell "not started" from "wrong".
     */
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
     * Throws the skeleton's TODO exception again in the test if a child ran into one, so that the
     * score board says "not started" rather than "failed".
     */
    static void rethrowTodo() {
        for (Event e : TimelineFile.current()) {
            if (e.action().equals(TODO)) {
                throw new UnsupportedOperationException(e.detail() + " (in " + e.process() + ")");
            }
        }
    }

    /** Kills every child of this JVM that still runs, and waits for it. */
    static void killAll() {
        for (Process child : Process.activeChildren()) {
            child.kill();
            child.join();
        }
    }
}
