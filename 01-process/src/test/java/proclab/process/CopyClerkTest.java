package proclab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;

import proclab.mp.SerializationException;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** Task 2: a CopyClerk, started by the test, copies its files in a child JVM of its own. */
class CopyClerkTest {
    private static final long TEST_PID = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    /** Starts the clerk and waits for it to end; fails clearly if it cannot start or does not end. */
    private static void runToEnd(CopyClerk clerk) {
        try {
            clerk.start();
        } catch (SerializationException e) {
            fail("start() could not send the clerk to its child process. " + e.getMessage(), e);
        }
        try {
            clerk.join(Duration.ofSeconds(60));
            assertThat(clerk.isAlive()).withFailMessage("%s was still running after 60 s.", clerk.name()).isFalse();
        } finally {
            if (clerk.isAlive()) {
                clerk.kill();
                clerk.join();
            }
        }
    }

    @Graded(task = 2, points = 6, hint = "The work goes in run(), which runs in the child; the constructor runs "
            + "in the parent. Keep only Serializable things in fields: a String, not a Path.")
    void copiesItsFilesInAProcessOfItsOwn() throws Exception {
        Path from = dir.resolve("in");
        Path to = Files.createDirectories(dir.resolve("out"));
        List<String> files = SampleFiles.create(from, 4);

        CopyClerk clerk = new CopyClerk("clerk-7", from, to, files);
        runToEnd(clerk);

        assertThat(clerk.exitCode()).withFailMessage("%s ended with exit code %d: its run() threw an exception "
                + "(its stack trace is printed above).", clerk.name(), clerk.exitCode()).isZero();
        for (String file : files) {
            String problem = SampleFiles.problemWithCopy(from, to, file);
            assertThat(problem).withFailMessage("After %s ended, %s.", clerk.name(), problem).isNull();
        }
        List<Event> copies = TimelineFile.current().stream().filter(e -> e.action().equals("copy")).toList();
        assertThat(copies).withFailMessage("The files were copied, but not with CopyMachine.copy, so nobody can "
                + "see which process copied them. Copy each file with CopyMachine.copy.").isNotEmpty();
        for (Event copy : copies) {
            assertThat(copy.pid()).withFailMessage("%s was copied by pid %d, the test's own JVM, before the clerk "
                    + "was even started: the copying must happen in run().", copy.detail(), copy.pid())
                    .isNotEqualTo(TEST_PID);
            assertThat(copy.pid()).withFailMessage("%s was copied by pid %d, but the clerk's pid is %d.",
                    copy.detail(), copy.pid(), clerk.pid()).isEqualTo(clerk.pid());
        }
    }

    @Graded(task = 2, points = 4, hint = "Pass the name on to Process's own constructor: super(name), on the "
            + "first line of your constructor.")
    void carriesTheNameItWasGiven() throws Exception {
        Path from = Files.createDirectories(dir.resolve("in"));
        Path to = Files.createDirectories(dir.resolve("out"));

        CopyClerk clerk = new CopyClerk("clerk-7", from, to, List.of());
        assertThat(clerk.name()).withFailMessage("A CopyClerk made with the name clerk-7 is called %s.",
                clerk.name()).isEqualTo("clerk-7");
        runToEnd(clerk);

        Optional<Event> start = Run.first(TimelineFile.current(), clerk.pid(), "start");
        assertThat(start).withFailMessage("The clerk's child process never started.").isPresent();
        assertThat(start.get().process()).withFailMessage("In its child process, the clerk is called %s.",
                start.get().process()).isEqualTo("clerk-7");
    }
}
