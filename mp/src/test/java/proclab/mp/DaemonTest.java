package proclab.mp;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import proclab.mp.programs.DaemonParent;
import proclab.mp.programs.NonDaemonParent;
import proclab.testkit.JavaProgram;
import proclab.testkit.ProcessTrees;
import proclab.testkit.RunningProgram;

/** Whole parent programs in JVMs of their own, to see what happens to their children. */
class DaemonTest {
    /** A parent JVM and its child both boot before the first line: on a crowded machine that takes a while. */
    private static final Duration BOOT = ofSeconds(90);

    @TempDir
    Path dir;

    private static long childPid(RunningProgram parent) {
        return Long.parseLong(parent.awaitLine(l -> l.startsWith("child "), BOOT).substring(6));
    }

    @Test
    void aDaemonChildIsTerminatedWhenItsParentsMainEnds() {
        try (RunningProgram parent = JavaProgram.main(DaemonParent.class).start()) {
            long child = childPid(parent);
            RunningProgram.Result result = parent.awaitExit(ofSeconds(30));

            assertThat(result.exitCode()).as("the parent's exit code").isZero();
            await().atMost(ofSeconds(20)).untilAsserted(() -> assertThat(ProcessTrees.isAlive(child))
                    .as("the daemon child %d, which sleeps for 10 minutes, after its parent's main ended", child)
                    .isFalse());
        }
    }

    @Test
    void aDaemonChildDiesWhenItsParentIsKilled() {
        try (RunningProgram parent = JavaProgram.main(DaemonParent.class).args("wait").start()) {
            long child = childPid(parent);
            assertThat(ProcessTrees.isAlive(child)).isTrue();

            parent.kill();

            await().atMost(ofSeconds(20)).untilAsserted(() -> assertThat(ProcessTrees.isAlive(child))
                    .as("the daemon child %d after its parent was killed with -9", child).isFalse());
        }
    }

    @Test
    void aNonDaemonChildKeepsItsParentsJvmAliveUntilItEnds() throws Exception {
        Path release = dir.resolve("release");
        try (RunningProgram parent = JavaProgram.main(NonDaemonParent.class).args(release.toString()).start()) {
            long child = childPid(parent);
            parent.awaitLine("main ends"::equals, ofSeconds(30));

            // The parent's main has ended; its JVM must wait for the child. Give it time to (wrongly) exit.
            await().during(ofSeconds(1)).atMost(ofSeconds(5)).until(parent::isAlive);
            assertThat(ProcessTrees.isAlive(child)).isTrue();

            Files.writeString(release, "go");
            assertThat(parent.awaitExit(ofSeconds(30)).exitCode()).isZero();
            assertThat(Files.readString(dir.resolve("release.report"))).isEqualTo("parent alive=true\n");
        }
    }

    @Test
    void aNonDaemonChildOutlivesAKilledParentAndSeesItGone() throws Exception {
        Path release = dir.resolve("release");
        try (RunningProgram parent = JavaProgram.main(NonDaemonParent.class).args(release.toString(), "wait").start()) {
            long child = childPid(parent);

            parent.kill();
            Files.writeString(release, "go");

            Path report = dir.resolve("release.report");
            await().atMost(ofSeconds(30)).until(() -> Files.exists(report) && Files.size(report) > 0);
            assertThat(Files.readString(report)).as("parentProcess().isAlive() in the orphan")
                    .isEqualTo("parent alive=false\n");
            await().atMost(ofSeconds(20)).until(() -> !ProcessTrees.isAlive(child));
        }
    }

    @Test
    void aDaemonCannotStartChildren() throws Exception {
        String report = dir.resolve("error").toString();
        Process daemon = new Process(() -> {
            try {
                new Process(() -> { }).start();
                Files.writeString(Path.of(report), "no error");
            } catch (IllegalStateException e) {
                Files.writeString(Path.of(report), e.getMessage());
            }
        });
        daemon.setDaemon(true);
        daemon.start();
        daemon.join();

        assertThat(Files.readString(Path.of(report))).contains("daemonic processes are not allowed to have children");
    }

    @Test
    void daemonCannotBeSetAfterStart() {
        Process child = new Process(() -> Thread.sleep(60_000));
        child.start();
        try {
            assertThatThrownBy(() -> child.setDaemon(true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(child.name())
                    .hasMessageContaining("set daemon before calling start()");
        } finally {
            child.kill();
            child.join();
        }
    }
}
