package proclab.sync;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import proclab.mp.Process;
import proclab.mp.Target;
import proclab.mp.Timeline;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/**
 * The processes a test starts itself to run the student's code in them. Closing the crew kills
 * whatever still runs, so that a test never leaves a process behind, however it fails.
 */
final class Crew implements AutoCloseable {
    /** The timeline event that says a child ran into a TODO of the skeleton. */
    private static final String TODO = "test.todo";
    private static final Duration POLL = Duration.ofMillis(100);

    private final List<Process> processes = new ArrayList<>();

    /**
     * Starts a process that runs {@code body}. If the body throws the skeleton's TODO exception,
     * the child notes it on the timeline, so that the test can say "not started" rather than "wrong".
     */
    Process start(String name, Target body) {
        Process process = new Process(name, () -> {
            try {
                body.run();
            } catch (UnsupportedOperationException e) {
                if (String.valueOf(e.getMessage()).startsWith("TODO")) {
                    Timeline.record(TODO, e.getMessage());
                }
                throw e;
            }
        });
        process.start();
        processes.add(process);
        return process;
    }

    /** Waits until {@code condition} holds, at most {@code limit}; true if it holds. */
    static boolean within(Duration limit, BooleanSupplier condition) {
        try {
            await().pollInterval(POLL).atMost(limit).until(condition::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /**
     * Waits until every process of the crew has ended, at most {@code limit}; true if all ended.
     * Stops waiting as soon as one process ends with an error: the others may wait for it for ever.
     */
    boolean allEnded(Duration limit) {
        return within(limit, () -> running().isEmpty() || anyFailed()) && running().isEmpty();
    }

    private boolean anyFailed() {
        return processes.stream().anyMatch(p -> {
            Integer code = p.exitCode();
            return code != null && code != 0;
        });
    }

    /** True once any process of the crew has ended. */
    boolean anyEnded() {
        return processes.stream().anyMatch(p -> !p.isAlive());
    }

    /** The names of the processes that still run. */
    List<String> running() {
        return processes.stream().filter(Process::isAlive).map(Process::name).collect(Collectors.toList());
    }

    /**
     * Fails with the skeleton's TODO message if a child ran into one, then with the exit code of
     * any process that ended with an error.
     */
    void checkEndings() {
        rethrowTodo();
        for (Process process : processes) {
            if (!process.isAlive()) {
                process.join();
                Integer code = process.exitCode();
                if (code != null && code != 0) {
                    throw new AssertionError(process.name() + " ended with exit code " + code + ". Exit code 1 means"
                            + " an exception in the process's code: its stack trace is in the test output, under"
                            + " \"Process " + process.name() + ":\".");
                }
            }
        }
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

    /** Kills every process that still runs and waits for its end. */
    @Override
    public void close() {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.kill();
            }
        }
        for (Process process : processes) {
            process.join(Duration.ofSeconds(10));
        }
    }
}
