package proclab.process;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import proclab.testkit.JavaProgram;
import proclab.testkit.RunningProgram;
import proclab.testkit.TimelineFile;

/**
 * A {@code main} of the lesson in a JVM of its own, recording into the running test's timeline,
 * so that a failure shows what its processes did.
 */
final class LessonProgram {
    private LessonProgram() {
    }

    static RunningProgram start(Class<?> main, String... args) {
        JavaProgram program = JavaProgram.main(main).args(args);
        String timeline = System.getProperty(TimelineFile.PROPERTY);
        if (timeline != null) {
            program.property(TimelineFile.PROPERTY, timeline);
        }
        return program.start();
    }

    /**
     * Waits for a line on the program's stdout that matches, and returns it. Fails at once if the
     * program ends without printing it, as the skeleton's TODO if that is where it stopped.
     */
    static String awaitLine(RunningProgram program, Predicate<String> matching, Duration atMost, String expected) {
        Waiting.until(atMost, () -> firstMatch(program, matching).isPresent() || !program.isAlive(),
                () -> "The program did not print " + expected + " within " + atMost.toSeconds() + " s. "
                        + program.transcript());
        Optional<String> line = firstMatch(program, matching);
        if (line.isEmpty()) {
            program.awaitExit(Duration.ofSeconds(10)); // its last lines
            line = firstMatch(program, matching);
        }
        if (line.isEmpty()) {
            failIfTodo(program.stderr());
            throw new AssertionError("The program ended without printing " + expected + ". " + program.transcript());
        }
        return line.get();
    }

    /**
     * If the program stopped at a TODO of the skeleton, fails the same way the skeleton's own code
     * would, so that the task shows as not started.
     */
    static void failIfTodo(List<String> stderr) {
        Optional<String> todo = stderr.stream().filter(l -> l.contains("UnsupportedOperationException: TODO"))
                .findFirst();
        if (todo.isPresent()) {
            throw new UnsupportedOperationException(todo.get().substring(todo.get().indexOf("TODO")));
        }
    }

    private static Optional<String> firstMatch(RunningProgram program, Predicate<String> matching) {
        return program.stdout().stream().filter(matching).findFirst();
    }
}
