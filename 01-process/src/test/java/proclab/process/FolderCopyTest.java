package proclab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import proclab.mp.Process;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** Task 5: a folder copied by several processes, checked byte for byte and against the timeline. */
class FolderCopyTest {
    private static final long TEST_PID = ProcessHandle.current().pid();
    /** Not a multiple of the workers: the shares cannot all be the same size. */
    private static final int FILES = 13;
    private static final int WORKERS = 3;

    @TempDir
    Path dir;

    /** Ends the clerks of a copy() that returned without waiting for them. */
    @AfterEach
    void endLeftoverClerks() {
        for (Process child : Process.activeChildren()) {
            child.kill();
            child.join();
        }
    }

    @Graded(task = 5, points = 8, hint = "Deal the files out like cards: file i goes to share i % workers, so no "
            + "file is left over. Start every clerk, then join every clerk before copy() returns.")
    void copiesEveryFileByteForByte() throws Exception {
        Path from = dir.resolve("in");
        Path to = dir.resolve("out");
        List<String> files = SampleFiles.create(from, FILES);

        FolderCopy.copy(from, to, WORKERS);

        List<Process> stillRunning = Process.activeChildren();
        assertThat(stillRunning).withFailMessage("copy() returned while %s still ran. Join every process before "
                + "you return.", stillRunning).isEmpty();
        for (String file : files) {
            String problem = SampleFiles.problemWithCopy(from, to, file);
            assertThat(problem).withFailMessage("After copy() returned, %s.", problem).isNull();
        }
        List<String> copied = SampleFiles.list(to);
        assertThat(copied).withFailMessage("The copy holds %s, but the original folder holds %s.", copied, files)
                .containsExactlyElementsOf(files);
    }

    @Graded(task = 5, points = 7, hint = "Start one process per share, and copy inside the processes with "
            + "CopyMachine.copy (a CopyClerk does). Give every worker a share, and every file to one share only.")
    void theWorkersShareTheWork() throws Exception {
        Path from = dir.resolve("in");
        Path to = dir.resolve("out");
        List<String> files = SampleFiles.create(from, FILES);

        FolderCopy.copy(from, to, WORKERS);

        List<Event> copies = TimelineFile.current().stream().filter(e -> e.action().equals("copy")).toList();
        assertThat(copies).withFailMessage("No file was copied with CopyMachine.copy, so nobody can see which "
                + "process copied what. Copy each file with it.").isNotEmpty();
        Map<Long, List<String>> byPid = new TreeMap<>(copies.stream().collect(Collectors.groupingBy(Event::pid,
                Collectors.mapping(Event::detail, Collectors.toList()))));
        assertThat(byPid).withFailMessage("The test's own JVM (pid %d) copied %s: the copying must happen in the "
                + "worker processes.", TEST_PID, byPid.get(TEST_PID)).doesNotContainKey(TEST_PID);
        assertThat(byPid).withFailMessage("copy(from, to, %d) had %d processes copying. By pid, they copied %s.",
                WORKERS, byPid.size(), byPid).hasSize(WORKERS);
        Map<String, Long> timesCopied = copies.stream()
                .collect(Collectors.groupingBy(Event::detail, Collectors.counting()));
        for (String file : files) {
            long times = timesCopied.getOrDefault(file, 0L);
            assertThat(times).withFailMessage("%s was copied %d times. By pid, the processes copied %s.", file,
                    times, byPid).isEqualTo(1L);
        }
    }
}
