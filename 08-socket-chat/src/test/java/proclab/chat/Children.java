package proclab.chat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;

import proclab.mp.Process;
import proclab.mp.Target;
import proclab.mp.Timeline;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** Processes that a test starts itself, to run the student's code in them. */
final class Children {
    /** How long a process may take to start, or to end once it has no reason to live, on a busy machine. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The timeline event that says a child ran into a TODO of the skeleton. */
    private static final String TODO = "test.todo";

    private Children() {
    }

    /**
     * Starts a process that runs {@code body}. If the body throws the skeleton's TODO exception, the
     * child notes it on the timeline, so that the test can tell "not started" from "wrong".
     */
    static Process start(String name, Target body) {
        Process child = new Process(name, () -> {
            try {
                body.run();
            } catch (UnsupportedOperationException e) {
                if (String.valueOf(e.getMessage()).startsWith("TODO")) {
                    Timeline.record(TODO, e.getMessage());
                }
                throw e;
            }
        });
        child.start();
        return child;
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

    /** Waits for {@code child} to end and returns its exit code; null if it still runs after {@code patience}. */
    static Integer awaitEnd(Process child, Duration patience) {
        try {
            await().pollInterval(Duration.ofMillis(50)).atMost(patience).until(() -> !child.isAlive());
        } catch (ConditionTimeoutException e) {
            return null;
        }
        child.join();
        return child.exitCode();
    }

    /** Kills every child still running, and waits for them: a test never leaves one behind. */
    static void killAll() {
        for (Process child : Process.activeChildren()) {
            child.kill();
        }
        for (Process child : Process.activeChildren()) {
            child.join(Duration.ofSeconds(20));
        }
    }
}
