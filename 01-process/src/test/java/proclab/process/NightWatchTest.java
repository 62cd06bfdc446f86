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
 * Task 7: the night watch runs as a program of its own. The test kills the parent with -9,
 * follows the watchman through its log, and ends it when the program is closed.
 */
class NightWatchTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern ALIVE = Pattern.compile("round \\d+: parent (\\d+) alive");
    private static final Pattern GONE = Pattern.compile("round \\d+: parent (\\d+) gone, adopted by (\\d+)");
    /** Rounds an orphan must walk after it noticed, to show that it lives on. */
    private static final int ROUNDS_AS_ORPHAN = 3;

    @TempDir
    Path dir;

    /** A started night watch: the parent program, the watchman's pid and its log. */
    private record Watch(RunningProgram parent, long watchman, Path log) {
        /** The log's complete lines so far. */
        List<String> lines() {
            try {
                String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
                int end = text.lastIndexOf('\n');
                return end < 0 ? List.of() : Arrays.asList(text.substring(0, end).split("\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> lines(Pattern pattern) {
            return lines().stream().filter(l -> pattern.matcher(l).matches()).toList();
        }

        boolean watchmanAlive() {
            return ProcessTrees.isAlive(watchman);
        }

        /** Where the watchman is, for failure messages. */
        String story() {
            List<String> lines = lines();
            return "The watchman (pid " + watchman + ") is " + (watchmanAlive() ? "alive" : "gone") + "; its log has "
                    + lines.size() + " lines, ending with " + lines.subList(Math.max(0, lines.size() - 4),
                    lines.size()) + ".";
        }
    }

    /** Starts the night watch, waits for the watchman's first round, and kills the parent with -9. */
    private static Watch startAndKillParent(RunningProgram parent, Path log) {
        String line = LessonProgram.awaitLine(parent, l -> l.matches("watchman \\d+"), PATIENCE, "\"watchman PID\"");
        Watch watch = new Watch(parent, Long.parseLong(line.substring("watchman ".length())), log);
        Waiting.until(PATIENCE, () -> !watch.lines(ALIVE).isEmpty() || !watch.watchmanAlive(),
                () -> "The watchman never wrote \"round N: parent PID alive\" while its parent lived. "
                        + watch.story());
        assertThat(watch.lines(ALIVE)).withFailMessage("The watchman ended before its first round. %s %s",
                watch.story(), parent.transcript()).isNotEmpty();
        parent.kill();
        return watch;
    }

    @Graded(task = 7, points = 8, hint = "A child that is not a daemon does not die with its parent: leave daemon "
            + "off. Keep walking the rounds after the parent is gone; only the words in the log change.")
    void theWatchmanOutlivesItsParent() throws Exception {
        try (RunningProgram parent = LessonProgram.start(NightWatch.class, dir.resolve("watch.log").toString())) {
            Watch watch = startAndKillParent(parent, dir.resolve("watch.log"));

            Waiting.until(PATIENCE, () -> watch.lines(GONE).size() >= ROUNDS_AS_ORPHAN || !watch.watchmanAlive(),
                    watch::story);
            assertThat(watch.lines(GONE)).withFailMessage("After its parent was killed, the watchman wrote %d "
                    + "rounds as an orphan, then stopped. %s", watch.lines(GONE).size(), watch.story())
                    .hasSizeGreaterThanOrEqualTo(ROUNDS_AS_ORPHAN);
            assertThat(watch.watchmanAlive()).withFailMessage("The watchman died. %s", watch.story()).isTrue();
        }
    }

    @Graded(task = 7, points = 7, hint = "Process.parentProcess() is the parent that started the watchman: its pid "
            + "never changes, and isAlive() tells if it lives. The parent the operating system gives the watchman "
            + "now is ProcessHandle.current().parent().")
    void theWatchmanNoticesItIsAnOrphan() throws Exception {
        try (RunningProgram parent = LessonProgram.start(NightWatch.class, dir.resolve("watch.log").toString())) {
            Watch watch = startAndKillParent(parent, dir.resolve("watch.log"));
            long parentPid = parent.pid();

            String firstRound = watch.lines().get(0);
            Matcher alive = ALIVE.matcher(firstRound);
            assertThat(alive.matches() && Long.parseLong(alive.group(1)) == parentPid).withFailMessage("The first "
                    + "round says \"%s\", but the parent's pid is %d.", firstRound, parentPid).isTrue();

            // The operating system hands an orphan to its new parent a moment after the old one's
            // end can be seen: judge the second round as an orphan, not the first.
            Waiting.until(PATIENCE, () -> watch.lines(GONE).size() >= 2 || !watch.watchmanAlive(), watch::story);
            List<String> orphanRounds = watch.lines(GONE);
            assertThat(orphanRounds).withFailMessage("The parent (pid %d) was killed, but the watchman did not write "
                    + "\"round N: parent PID gone, adopted by PID\" twice. %s", parentPid, watch.story())
                    .hasSizeGreaterThanOrEqualTo(2);
            Matcher gone = GONE.matcher(orphanRounds.get(1));
            assertThat(gone.matches()).isTrue();
            assertThat(Long.parseLong(gone.group(1))).withFailMessage("The watchman wrote \"%s\", but the parent that "
                    + "was killed had pid %d.", orphanRounds.get(1), parentPid).isEqualTo(parentPid);
            assertThat(Long.parseLong(gone.group(2))).withFailMessage("The watchman wrote \"%s\": it still names its "
                    + "dead parent as its parent. Ask the operating system who its parent is now.",
                    orphanRounds.get(1)).isNotEqualTo(parentPid);
        }
    }
}
