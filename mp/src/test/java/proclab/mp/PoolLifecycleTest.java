package proclab.mp;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import proclab.testkit.ProcessTrees;

/** Closing, joining and terminating a pool, and what happens when a worker dies. */
class PoolLifecycleTest {

    private static List<Long> workerPids() {
        return Process.activeChildren().stream().filter(p -> p.name().startsWith("SpawnPoolWorker-"))
                .map(Process::pid).collect(Collectors.toList());
    }

    @Test
    void closeLetsTheSubmittedTasksFinishThenJoinWaitsForTheWorkers() {
        Pool pool = new Pool(2);
        List<AsyncResult<Long>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.applyAsync(PoolTasks::sleepThenPid, 200L));
        }
        List<Long> workers = workerPids();

        pool.close();
        assertThatThrownBy(() -> pool.applyAsync(PoolTasks::square, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Pool not running: it was closed");
        pool.join();

        assertThat(results).as("the tasks submitted before close()").allMatch(AsyncResult::ready)
                .allMatch(AsyncResult::successful);
        assertThat(workers).as("the workers after join()").noneMatch(ProcessTrees::isAlive);
    }

    @Test
    void joinBeforeCloseIsAnError() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(pool::join).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Pool is still running: call close() or terminate() before join()");
        }
    }

    @Test
    void terminateEndsEveryWorkerAtOnceAndFailsWhatWasPending() {
        Pool pool = new Pool(2);
        Queue<Long> started = new Queue<>();
        List<AsyncResult<Long>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.applyAsync(() -> {
                started.put(ProcessHandle.current().pid());
                return PoolTasks.sleepThenPid(600_000);
            }));
        }
        List<Long> workers = List.of(started.get(), started.get());

        pool.terminate();

        assertThat(workers).as("the workers, each in a 10-minute task, when terminate() has returned")
                .noneMatch(ProcessTrees::isAlive);
        assertThat(results).allMatch(AsyncResult::ready);
        assertThatThrownBy(() -> results.get(0).get()).isInstanceOf(CancellationException.class)
                .hasMessageContaining("terminated");
        pool.join();
    }

    @Test
    void tryWithResourcesLeavesNoWorkerRunning() {
        List<Long> workers;
        try (Pool pool = new Pool(2)) {
            assertThat(pool.map(PoolTasks::square, List.of(1, 2, 3))).containsExactly(1, 4, 9);
            workers = workerPids();
        }
        assertThat(workers).hasSize(2).as("the workers after the try block").noneMatch(ProcessTrees::isAlive);
    }

    @Test
    void aKilledWorkerFailsOnlyItsTaskAndIsReplaced() {
        Queue<Long> started = new Queue<>();
        try (Pool pool = new Pool(2)) {
            AsyncResult<Long> doomed = pool.applyAsync(() -> {
                started.put(ProcessHandle.current().pid());
                return PoolTasks.sleepThenPid(600_000);
            });
            long victim = started.get();
            AsyncResult<List<Integer>> others = pool.mapAsync(PoolTasks::square, List.of(1, 2, 3, 4, 5), 1);

            ProcessHandle.of(victim).orElseThrow().destroyForcibly();

            await().atMost(ofSeconds(30)).until(doomed::ready);
            assertThatThrownBy(doomed::get).isInstanceOf(WorkerDiedError.class)
                    .hasMessageContaining("(pid " + victim + ")")
                    .hasMessageContaining("was killed by signal 9 (SIGKILL) while running this task");
            assertThat(others.get()).as("the tasks the other worker ran").containsExactly(1, 4, 9, 16, 25);
            List<Long> after = pool.map(PoolTasks::pid, List.of(1, 2, 3, 4, 5, 6, 7, 8), 1);
            assertThat(after).as("the workers after the kill").doesNotContain(victim);
            await().atMost(ofSeconds(30)).untilAsserted(() -> assertThat(workerPids()).as("pool size").hasSize(2));
        }
    }

    @Test
    void aWorkerKilledWhileIdleIsReplacedAndNothingFails() {
        try (Pool pool = new Pool(2)) {
            assertThat(pool.map(PoolTasks::square, List.of(1, 2, 3))).containsExactly(1, 4, 9);
            long victim = workerPids().get(0);

            ProcessHandle.of(victim).orElseThrow().destroyForcibly();

            await().atMost(ofSeconds(60)).untilAsserted(() -> assertThat(workerPids()).as("the workers")
                    .hasSize(2).doesNotContain(victim));
            assertThat(pool.map(PoolTasks::square, List.of(4, 5, 6), 1)).containsExactly(16, 25, 36);
        }
    }

    @Test
    void whenEveryWorkerIsKilledOnlyTheRunningTasksFailAndTheQueuedOnesRunOnNewWorkers() {
        Queue<Long> started = new Queue<>();
        try (Pool pool = new Pool(2)) {
            List<AsyncResult<Long>> doomed = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                doomed.add(pool.applyAsync(() -> {
                    started.put(ProcessHandle.current().pid());
                    return PoolTasks.sleepThenPid(600_000);
                }));
            }
            List<Long> victims = List.of(started.get(), started.get());
            AsyncResult<List<Integer>> queued = pool.mapAsync(PoolTasks::square, List.of(1, 2, 3, 4), 1);

            victims.forEach(pid -> ProcessHandle.of(pid).orElseThrow().destroyForcibly());

            assertThat(queued.get()).as("the tasks that waited in the queue").containsExactly(1, 4, 9, 16);
            for (AsyncResult<Long> result : doomed) {
                await().atMost(ofSeconds(30)).until(result::ready);
                assertThatThrownBy(result::get).isInstanceOf(WorkerDiedError.class).hasMessageContaining("SIGKILL");
            }
        }
    }

    @Test
    void closeWaitsForTasksThatStillWaitedOutsideTheSharedQueue() {
        // Twenty thousand one-item tasks do not all fit into the shared ring at once: close() must
        // let the ones still waiting in this process go first, then stop the workers.
        List<Integer> items = IntStream.range(0, 20_000).boxed().collect(Collectors.toList());
        Pool pool = new Pool(2);
        AsyncResult<List<Integer>> squares = pool.mapAsync(PoolTasks::square, items, 1);
        pool.close();
        assertThat(squares.ready()).as("the map, once close() has returned").isTrue();
        assertThat(squares.get()).hasSize(20_000).element(19_999).isEqualTo(19_999 * 19_999);
    }

    @Test
    void aWorkerThatCallsSystemExitFailsItsTaskSayingSo() {
        try (Pool pool = new Pool(1)) {
            AsyncResult<Object> exits = pool.applyAsync(() -> {
                System.exit(3);
                return null;
            });
            await().atMost(ofSeconds(30)).until(exits::ready);
            assertThatThrownBy(exits::get).isInstanceOf(WorkerDiedError.class).hasMessageContaining("exited with code 3");
            assertThat(pool.apply(PoolTasks::square, 4)).as("the pool's new worker").isEqualTo(16);
        }
    }

    @Test
    void aWorkerThatRunsOutOfMemoryFailsItsTaskSayingSo() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.apply(PoolTasks::exhaustMemory, 0)).isInstanceOf(WorkerDiedError.class)
                    .hasMessageContaining("ran out of memory").hasMessageContaining("OutOfMemoryError");
            assertThat(pool.apply(PoolTasks::square, 4)).as("the pool's new worker").isEqualTo(16);
        }
    }

    @Test
    void aTaskCannotStartProcessesBecauseWorkersAreDaemons() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.apply(() -> {
                new Process(() -> { }).start();
                return null;
            })).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("daemonic processes are not allowed to have children");
        }
    }
}
