package proclab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;

import proclab.mp.Event;
import proclab.mp.Process;
import proclab.mp.Target;
import proclab.testkit.Graded;

/**
 * Task 6: the foreman watches children that the test starts. Every child waits for a signal from
 * the test, and the test gives it only after the foreman has posted "watching N": no child can end
 * before the foreman has seen it running.
 */
class ForemanTest {
    /** How long a line may take to reach the board: far more than a watching foreman needs. */
    private static final Duration NOTICE = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<Process> children = new CopyOnWriteArrayList<>();
    private final List<String> board = new CopyOnWriteArrayList<>();

    private Process start(String name, Target target) {
        Process child = new Process(name, target);
        child.start();
        children.add(child);
        return child;
    }

    /** A target that waits until the test sets {@code signal}, then runs {@code then}. */
    private static Target after(Event signal, Target then) {
        return () -> {
            signal.await(PATIENCE.multipliedBy(2));
            then.run();
        };
    }

    private Background startForeman() {
        return Background.run("Foreman.watch", () -> Foreman.watch(board::add));
    }

    /** Waits until the board shows {@code line}; fails with what the board shows if it does not. */
    private void awaitOnBoard(Background foreman, String line, String why) {
        Waiting.until(NOTICE, () -> board.contains(line) || foreman.isDone(), () -> why + ", but "
                + NOTICE.toSeconds() + " s later the board still did not show \"" + line + "\". The board: "
                + board + ".");
        if (!board.contains(line)) {
            foreman.awaitDone(PATIENCE); // throws what watch() threw, if it threw
            throw new AssertionError("watch() returned without posting \"" + line + "\". The board: " + board + ".");
        }
    }

    @AfterEach
    void endChildren() {
        for (Process child : children) {
            if (child.isAlive()) {
                child.kill();
            }
            child.join();
        }
    }

    @Graded(task = 6, points = 8, hint = "Do not join() the children one by one: join waits for that one child "
            + "while others may end first. Call activeChildren() again and again, a few times a second, and "
            + "post every child that has left the list since the last look.")
    void postsEachChildAsSoonAsItEnds() throws Exception {
        Map<String, Event> signals = new LinkedHashMap<>();
        for (String name : List.of("press", "binder", "cutter")) {
            Event signal = new Event();
            signals.put(name, signal);
            start(name, after(signal, () -> { }));
        }

        try (Background foreman = startForeman()) {
            awaitOnBoard(foreman, "watching 3", "Three children were running when watch() was called");
            for (String name : List.of("binder", "cutter", "press")) {
                signals.get(name).set();
                awaitOnBoard(foreman, name + ": done", name + " ended");
            }
            foreman.awaitDone(PATIENCE);
        }
        assertThat(board).withFailMessage("The children ended in the order binder, cutter, press, but the board "
                + "shows %s.", board).containsExactly("watching 3", "binder: done", "cutter: done", "press: done");
    }

    @Graded(task = 6, points = 7, hint = "exitCode() is 0 after a normal end, 1 after an uncaught exception, N "
            + "after System.exit(N), and -N when signal N ended the process (-9 after kill()).")
    void tellsHowEachChildEnded() throws Exception {
        Event signal = new Event();
        start("steady", after(signal, () -> { }));
        start("jammed", after(signal, () -> {
            throw new IllegalStateException("paper jam (thrown on purpose by the test)");
        }));
        start("quitter", after(signal, () -> System.exit(3)));
        Process stuck = start("stuck", after(new Event(), () -> { }));

        try (Background foreman = startForeman()) {
            awaitOnBoard(foreman, "watching 4", "Four children were running when watch() was called");
            signal.set();
            stuck.kill();
            foreman.awaitDone(PATIENCE);
        }
        List<String> expected = List.of("watching 4", "steady: done", "jammed: failed with exit code 1",
                "quitter: failed with exit code 3", "stuck: killed by signal 9");
        assertThat(board).withFailMessage("steady returned, jammed threw an exception, quitter called "
                + "System.exit(3) and stuck was killed. The board should show %s (in any order), but it shows %s.",
                expected, board).containsExactlyInAnyOrderElementsOf(expected);
    }
}
