package proclab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;

import proclab.testkit.Graded;
import proclab.testkit.ProcessTrees;
import proclab.testkit.RunningProgram;

/**
 * Task 7: the night watch runs as a program of its own. The test kills its parent with -9 and
 * watches the watchman through its log, then ends it.
 */
class NightWatchTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern ALIVE = Pattern.compile("round \\d+: parent (\\d+) alive");
    private static final Pattern GONE = Pattern.compile("round \\d+: parent (\\d+) gone, adopted by (\\d+)");
    /** Rounds an orphan must walk after it noticed, to show that it lives on. */
    private static final int ROUNDS_AS_ORPHAN = 3;

    @TempDir
    Path dir;

    /** The watchman's log lines so far; a line still being written is left out. */
    private static List<String> lines(Path log) {
        try {
            if (!Files.exists(log)) {
                return List.of();
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : Arrays.asList(text.substring(0, end).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countMatching(List<String> lines, Pattern pattern) {
        return lines.stream().filter(l -> pattern.matcher(l).matches()).count();
    }

    /** What the parent, its watchman and the log showed, for failure messages. */
    private record Watch(RunningProgram parent, long watchman, Path log) {
        String story() {
            List<String> lines = lines(log);
            List<String> tail = lines.subList(Math.max(0, lines.size() - 5), lines.size());
            return "The watchman (pid " + watchman + ") is " + (ProcessTrees.isAlive(watchman) ? "alive" : "gone")
                    + "; its log has " + lines.size() + " lines, ending with " + tail + ".";
        }
    }

    /** Starts the night watch, waits for the watchman's first round, kills the parent with -9. */
    private Watch startAndKillParent(RunningProgram parent, Path log) {
        String line = LessonProgram.awaitLine(parent, l -> l.matches("watchman \\d+"), PATIENCE, "\"watchman PID\"");
        Watch watch = new Watch(parent, Long.parseLong(line.substring("watchman ".length())), log);
        Waiting.until(PATIENCE, () -> countMatching(lines(log), ALIVE) > 0 || !ProcessTrees.isAlive(watch.watchman()),
                () -> "The watchman never wrote \"round N: parent PID alive\" while its parent lived. " + watch.story());
        assertThat(countMatching(lines(log), ALIVE)).as("The watchman ended before its first round. %s %s",
                watch.story(), parent.transcript()).isPositive();
        parent.kill();
        return watch;
    }

    @Graded(task = 7, points = 8, hint = "A child that is not a daemon does not die with its parent: leave daemon "
            + "off. Keep walking the rounds after the parent is gone; only the words in the log change.")
    void theWatchmanOutlivesItsParent() {
        Path log = dir.resolve("watch.log");
        try (RunningProgram parent = LessonProgram.start(NightWatch.class, log.toString())) {
            Watch watch = startAndKillParent(parent, log);

            Waiting.until(PATIENCE, () -> countMatching(lines(log), GONE) >= ROUNDS_AS_ORPHAN
                    || !ProcessTrees.isAlive(watch.watchman()), watch::story);
            assertThat(countMatching(lines(log), GONE)).as("After its parent was killed, the watchman wrote %d "
                    + "rounds as an orphan, then stopped. %s", countMatching(lines(log), GONE), watch.story())
                    .isGreaterThanOrEqualTo(ROUNDS_AS_ORPHAN);
            assertThat(ProcessTrees.isAlive(watch.watchman())).as("The watchman died. %s", watch.story()).isTrue();
        }
    }

    @Graded(task = 7, points = 7, hint = "Process.parentProcess() is the parent that started the watchman: its pid "
            + "never changes, isAlive() tells if it lives. The parent the operating system gives the watchman now "
            + "is ProcessHandle.current().parent().")
    void theWatchmanNoticesItIsAnOrphan() {
        Path log = dir.resolve("watch.log");
        try (RunningProgram parent = LessonProgram.start(NightWatch.class, log.toString())) {
            Watch watch = startAndKillParent(parent, log);
            long parentPid = parent.pid();

            Matcher first = ALIVE.matcher(lines(log).get(0));
            assertThat(first.matches() && Long.parseLong(first.group(1)) == parentPid).as("The first round says "
                    + "\"%s\", but the parent's pid is %d.", lines(log).get(0), parentPid).isTrue();

            // The operating system hands an orphan to its new parent a moment after the old one's
            // end can be seen: judge the second round as an orphan, not the first.
            Waiting.until(PATIENCE, () -> countMatching(lines(log), GONE) >= 2
                    || !ProcessTrees.isAlive(watch.watchman()), () -> "The parent (pid " + parentPid + ") was killed, "
                    + "but the watchman did not write \"round N: parent PID gone, adopted by PID\" twice. " + watch.story());
            List<String> goneLines = lines(log).stream().filter(l -> GONE.matcher(l).matches()).toList();
            assertThat(goneLines).as("The parent (pid %d) was killed, but the watchman did not write \"round N: "
                    + "parent PID gone, adopted by PID\" twice. %s", parentPid, watch.story()).hasSizeGreaterThan(1);
            String orphaned = goneLines.get(1);
            Matcher gone = GONE.matcher(orphaned);
            assertThat(gone.matches()).isTrue();
            assertThat(Long.parseLong(gone.group(1))).as("The watchman wrote \"%s\", but the parent that was killed "
                    + "had pid %d.", orphaned, parentPid).isEqualTo(parentPid);
            assertThat(Long.parseLong(gone.group(2))).as("The watchman wrote \"%s\": it still names its dead parent "
                    + "as its parent. Ask the operating system who its parent is now.", orphaned)
                    .isNotEqualTo(parentPid);
        }
    }
}
