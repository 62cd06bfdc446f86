package proclab.mp;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessLifecycleTest {
    static int counter;

    @TempDir
    Path dir;

    @Test
    void childHasItsOwnPidAndOursAsParent() throws Exception {
        String report = dir.resolve("pids").toString();
        Process child = new Process(() -> Files.writeString(Path.of(report),
                ProcessHandle.current().pid() + " " + ProcessHandle.current().parent().orElseThrow().pid()
                        + " " + Process.parentProcess().pid()));
        child.start();
        child.join();

        String[] seen = Files.readString(Path.of(report)).split(" ");
        long me = ProcessHandle.current().pid();
        assertThat(Long.parseLong(seen[0])).as("the child's own pid").isEqualTo(child.pid()).isNotEqualTo(me);
        assertThat(Long.parseLong(seen[1])).as("the child's OS parent pid").isEqualTo(me);
        assertThat(Long.parseLong(seen[2])).as("parentProcess().pid() in the child").isEqualTo(me);
    }

    @Test
    void aStaticChangedInTheChildStaysInTheChild() throws Exception {
        counter = 0;
        String report = dir.resolve("counter").toString();
        Process child = new Process(() -> {
            counter += 5;
            Files.writeString(Path.of(report), Integer.toString(counter));
        });
        child.start();
        child.join();

        assertThat(Files.readString(Path.of(report))).as("the child's own copy after its change").isEqualTo("5");
        assertThat(counter).as("the parent's copy").isZero();
    }

    @Test
    void exitCodeIsNullWhileRunningAndZeroAfterANormalEnd() {
        Process child = new Process(() -> Thread.sleep(300));
        assertThat(child.pid()).as("pid before start").isNull();
        child.start();
        assertThat(child.exitCode()).as("exit code while running").isNull();
        assertThat(child.isAlive()).isTrue();
        child.join();
        assertThat(child.isAlive()).isFalse();
        assertThat(child.exitCode()).isZero();
    }

    @Test
    void anUncaughtExceptionGivesExitCodeOne() {
        Process child = new Process(() -> {
            throw new IllegalStateException("boom");
        });
        child.start();
        child.join();
        assertThat(child.exitCode()).isEqualTo(1);
    }

    @Test
    void systemExitGivesItsCode() {
        Process child = new Process(() -> System.exit(42));
        child.start();
        child.join();
        assertThat(child.exitCode()).isEqualTo(42);
    }

    @Test
    void systemExitWithACodeAbove128IsNotMistakenForASignal() {
        Process child = new Process(() -> System.exit(130));
        child.start();
        child.join();
        assertThat(child.exitCode()).as("System.exit(130) is an exit code, not signal 2").isEqualTo(130);
    }

    @Test
    void terminateGivesMinus15AndKillMinus9() {
        Process terminated = new Process(() -> Thread.sleep(60_000));
        Process killed = new Process(() -> Thread.sleep(60_000));
        terminated.start();
        killed.start();

        terminated.terminate();
        killed.kill();
        terminated.join();
        killed.join();

        assertThat(terminated.exitCode()).isEqualTo(-15);
        assertThat(killed.exitCode()).isEqualTo(-9);
    }

    @Test
    void aChildKilledFromOutsideReportsTheSignal() {
        Process child = new Process(() -> Thread.sleep(60_000));
        child.start();
        ProcessHandle.of(child.pid()).orElseThrow().destroyForcibly();
        child.join();
        assertThat(child.exitCode()).isEqualTo(-9);
    }

    @Test
    void joinWithATimeoutReturnsWhileTheChildSleepsOn() {
        Process child = new Process(() -> Thread.sleep(60_000));
        child.start();

        child.join(ofMillis(300));

        assertThat(child.isAlive()).as("the child after join(300 ms)").isTrue();
        assertThat(child.exitCode()).isNull();
        child.terminate();
        child.join();
    }

    @Test
    void childrenAreNamedInOrderOfCreation() throws Exception {
        Process first = new Process(() -> { });
        Process second = new Process(() -> { });
        int n = Integer.parseInt(first.name().substring("Process-".length()));
        assertThat(second.name()).isEqualTo("Process-" + (n + 1));
        assertThat(new Process("worker", () -> { }).name()).isEqualTo("worker");
    }

    @Test
    void aGrandchildIsNamedAfterItsParent() throws Exception {
        String report = dir.resolve("names").toString();
        Process child = new Process(() -> {
            Process grandchild = new Process(() -> { });
            Files.writeString(Path.of(report), Process.currentProcess().name() + " " + grandchild.name()
                    + " " + Process.parentProcess().name());
        });
        child.start();
        child.join();
        assertThat(Files.readString(Path.of(report))).isEqualTo(child.name() + " " + child.name() + ":1 MainProcess");
    }

    @Test
    void theRootIsMainProcessWithoutParent() {
        assertThat(Process.currentProcess().name()).isEqualTo("MainProcess");
        assertThat(Process.currentProcess().pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(Process.currentProcess().isAlive()).isTrue();
        assertThat(Process.parentProcess()).isNull();
        assertThat(Process.cpuCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aSubclassRunsItsOwnRunWithItsFields() throws Exception {
        Path report = dir.resolve("subclass");
        Worker worker = new Worker(report.toString(), "hello");
        assertThat(worker.name()).startsWith("Worker-");
        worker.start();
        worker.join();
        assertThat(Files.readString(report)).isEqualTo("hello from " + worker.name());
    }

    static final class Worker extends Process {
        private final String file;
        private final String greeting;

        Worker(String file, String greeting) {
            this.file = file;
            this.greeting = greeting;
        }

        @Override
        public void run() throws Exception {
            Files.writeString(Path.of(file), greeting + " from " + Process.currentProcess().name());
        }
    }

    @Test
    void activeChildrenListsRunningChildrenAndReapsFinishedOnes() {
        Process quick = new Process(() -> { });
        Process slow = new Process(() -> Thread.sleep(60_000));
        quick.start();
        slow.start();
        quick.join();

        List<Process> active = Process.activeChildren();

        assertThat(active).contains(slow).doesNotContain(quick);
        slow.terminate();
        slow.join();
        assertThat(Process.activeChildren()).doesNotContain(slow);
    }

    @Test
    void daemonDefaultsToTheCreatorsFlag() throws Exception {
        assertThat(new Process(() -> { }).isDaemon()).isFalse();
        Process child = new Process(() -> { });
        child.setDaemon(true);
        assertThat(child.isDaemon()).isTrue();
    }

    @Test
    void theDescriptionShowsTheState() {
        Process child = new Process("shown", () -> Thread.sleep(60_000));
        assertThat(child.toString()).isEqualTo("<Process name='shown' initial>");
        child.start();
        assertThat(child.toString()).contains("pid=" + child.pid(), "started");
        child.kill();
        await().atMost(ofSeconds(10)).until(() -> !child.isAlive());
        assertThat(child.toString()).contains("stopped exitcode=-9");
        child.close();
        assertThat(child.toString()).contains("closed");
    }

    @Test
    void theExitIsInTheTimelineWhenJoinReturns() throws Exception {
        Path timeline = dir.resolve("timeline.tsv");
        Timeline.recordTo(timeline);
        try {
            for (int i = 0; i < 5; i++) {
                Process child = new Process(() -> { });
                child.start();
                child.join();
                String pid = "\t" + child.pid() + "\t";
                assertThat(Files.readAllLines(timeline)).as("the timeline right after join() of %s", child.name())
                        .anyMatch(line -> line.contains(pid) && line.contains("\texit\t"));
            }
        } finally {
            Timeline.stop();
        }
    }
}
