package proclab.mp;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import proclab.mp.programs.ManagerParent;
import proclab.testkit.JavaProgram;
import proclab.testkit.ProcessTrees;
import proclab.testkit.RunningProgram;

/** The manager's process: how it starts, and that it always ends. */
class ManagerLifecycleTest {
    @TempDir
    Path dir;

    private static Process serverOf(Manager manager) {
        return Process.activeChildren().stream().filter(p -> manager.toString().contains(p.name() + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no active child is the process of " + manager));
    }

    private static long serverPid(RunningProgram parent) {
        return Long.parseLong(parent.awaitLine(l -> l.startsWith("server "), ofSeconds(60)).substring(7));
    }

    @Test
    void theManagersProcessIsADaemonChildNamedSyncManager() {
        try (Manager manager = new Manager()) {
            Process server = serverOf(manager);
            assertThat(server.name()).matches("SyncManager-\\d+");
            assertThat(server.isDaemon()).as("the manager's process is a daemon").isTrue();
            assertThat(Path.of(manager.address())).as("the manager's socket")
                    .startsWith(proclab.mp.internal.TreeDirectory.get().path());
        }
    }

    @Test
    void closingTheManagerEndsItsProcessAndItsProxies() {
        Manager manager = new Manager();
        Process server = serverOf(manager);
        DictProxy<String, Integer> d = manager.dict();
        d.put("a", 1);

        manager.close();

        assertThat(server.isAlive()).as("the manager's process after close()").isFalse();
        assertThat(server.exitCode()).as("its exit code").isZero();
        assertThatThrownBy(() -> d.get("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot use dict#")
                .hasMessageContaining("its manager " + server.name() + " is not running")
                .hasMessageContaining("inside its try-with-resources block");
        assertThatThrownBy(manager::dict).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(server.name() + " has been shut down");
        assertThat(d.toString()).as("toString of a proxy whose manager is gone").startsWith("<DictProxy dict#");
        manager.close(); // a second close does nothing
    }

    @Test
    void aChildWaitingOnTheManagerIsReleasedWhenItShutsDown() throws Exception {
        Path report = dir.resolve("report");
        String reportPath = report.toString();
        Process child;
        try (Manager manager = new Manager()) {
            QueueProxy<String> queue = manager.queue();
            // Not the manager's own event: the reply to its set() could be lost in the shutdown.
            Event waiting = new Event();
            child = new Process(() -> {
                waiting.set();
                try {
                    queue.get();
                    Files.writeString(Path.of(reportPath), "got an item");
                } catch (IllegalStateException e) {
                    Files.writeString(Path.of(reportPath), e.getMessage());
                }
            });
            child.start();
            assertThat(waiting.await(ofSeconds(60))).isTrue();
        }
        child.join(ofSeconds(60));
        assertThat(child.exitCode()).as("the child's exit code").isZero();
        assertThat(Files.readString(report)).as("what the child's get() raised").contains("is not running");
    }

    @Test
    void aChildMayHaveAManagerOfItsOwn() throws Exception {
        Path report = dir.resolve("report");
        String reportPath = report.toString();
        Process child = new Process(() -> {
            try (Manager manager = new Manager()) {
                ListProxy<String> list = manager.list();
                list.add(Process.currentProcess().name());
                Files.writeString(Path.of(reportPath), list.toString());
            }
        });
        child.start();
        child.join(ofSeconds(120));
        assertThat(child.exitCode()).isZero();
        assertThat(Files.readString(report)).isEqualTo("[" + child.name() + "]");
    }

    @Test
    void aDaemonCannotStartAManagerAsPythonSays() throws Exception {
        Path report = dir.resolve("report");
        String reportPath = report.toString();
        Process daemon = new Process(() -> {
            try (Manager manager = new Manager()) {
                Files.writeString(Path.of(reportPath), "started " + manager);
            } catch (IllegalStateException e) {
                Files.writeString(Path.of(reportPath), e.getMessage());
            }
        });
        daemon.setDaemon(true);
        daemon.start();
        daemon.join(ofSeconds(60));
        assertThat(Files.readString(report)).contains("daemonic processes are not allowed to have children");
    }

    @Test
    void theManagersProcessDiesWhenItsParentIsKilled() {
        try (RunningProgram parent = JavaProgram.main(ManagerParent.class).args("wait").start()) {
            long server = serverPid(parent);
            assertThat(ProcessTrees.isAlive(server)).isTrue();

            parent.kill();

            await().atMost(ofSeconds(30)).untilAsserted(() -> assertThat(ProcessTrees.isAlive(server))
                    .as("the manager's process %d after its parent was killed with -9", server).isFalse());
        }
    }

    @Test
    void aParentThatNeverClosesItsManagerStillEndsAndTakesItAlong() {
        try (RunningProgram parent = JavaProgram.main(ManagerParent.class).start()) {
            long server = serverPid(parent);
            assertThat(parent.awaitExit(ofSeconds(60)).exitCode()).as("the parent's exit code").isZero();
            await().atMost(ofSeconds(30)).untilAsserted(() -> assertThat(ProcessTrees.isAlive(server))
                    .as("the manager's process %d after its parent's main ended", server).isFalse());
        }
    }
}
