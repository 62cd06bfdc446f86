package proclab.mp;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** What the pool's methods return, and in which order. Every test ends its pool. */
class PoolResultsTest {

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    @Test
    void applyRunsInAWorkerAndReturnsTheResult() {
        try (Pool pool = new Pool(2)) {
            int square = pool.apply(x -> x * x, 7);
            String text = pool.apply(() -> "no arguments");
            assertThat(square).isEqualTo(49);
            assertThat(text).isEqualTo("no arguments");
            assertThat(pool.apply(PoolTasks::pid, null)).as("the pid the task ran in")
                    .isNotEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void aTaskThatReturnsNothingRunsToo() {
        Queue<String> sent = new Queue<>();
        try (Pool pool = new Pool(2)) {
            List<AsyncResult<Void>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int email = i;
                results.add(pool.applyAsync(() -> sent.put("email " + email)));
            }
            pool.apply(() -> sent.put("one more"));
            for (AsyncResult<Void> result : results) {
                assertThat(result.get()).isNull();
            }
            List<String> got = List.of(sent.get(), sent.get(), sent.get(), sent.get());
            assertThat(got).containsExactlyInAnyOrder("email 0", "email 1", "email 2", "one more");
        }
    }

    @Test
    void mapWithALambdaReturnsTheResultsInOrder() {
        try (Pool pool = new Pool(2)) {
            assertThat(pool.map(x -> x * x, List.of(1, 2, 3))).containsExactly(1, 4, 9);
            assertThat(pool.map(PoolTasks::square, range(1000), 7))
                    .isEqualTo(range(1000).stream().map(x -> x * x).collect(Collectors.toList()));
            assertThat(pool.map(PoolTasks::square, List.of())).isEmpty();
        }
    }

    record Ticket(String buyer, int seat) implements Serializable {
    }

    @Test
    void valuesOfEveryKindTravelToAWorkerAndBack() {
        List<Object> values = Arrays.asList(null, 7, 8L, 2.5, true, 'c', "text", new Ticket("ada", 12),
                new ArrayList<>(List.of("a", "list")));
        try (Pool pool = new Pool(2)) {
            assertThat(pool.map(value -> value, values, 2)).isEqualTo(values);
            byte[] bytes = pool.apply(b -> b, new byte[] {1, 2, 3});
            assertThat(bytes).containsExactly(1, 2, 3);
        }
    }

    @Test
    void tasksAndResultsLargerThanTheSharedRingTravelToo() {
        byte[] large = new byte[5 << 20];
        large[large.length - 1] = 7;
        List<String> words = IntStream.range(0, 300_000).mapToObj(i -> "word" + i).collect(Collectors.toList());
        try (Pool pool = new Pool(2)) {
            byte[] back = pool.apply(bytes -> bytes, large);
            assertThat(back).as("a 5 MiB argument and result").isEqualTo(large);
            assertThat(pool.map(String::length, words, 150_000)).as("two chunks of 150,000 words")
                    .isEqualTo(words.stream().map(String::length).collect(Collectors.toList()));
        }
    }

    @Test
    void mapKeepsInputOrderWhenTasksFinishInReverse() {
        // Items sleep less the later they come. On top of that, each even item waits until the
        // odd item after it has finished: with two workers taking tasks in order, every pair
        // finishes odd first, on any machine.
        Event[] oddFinished = new Event[50];
        for (int i = 0; i < oddFinished.length; i++) {
            oddFinished[i] = new Event();
        }
        try (Pool pool = new Pool(2)) {
            List<String> results = pool.map(i -> {
                Thread.sleep(100 - i);
                if (i % 2 == 0) {
                    oddFinished[i / 2].await();
                } else {
                    oddFinished[i / 2].set();
                }
                return "item " + i;
            }, range(100), 1);

            assertThat(results).as("map's results, whatever order the tasks finished in")
                    .isEqualTo(range(100).stream().map(i -> "item " + i).collect(Collectors.toList()));
        }
    }

    @Test
    void aThousandApplyAsyncResultsAllComeBack() {
        try (Pool pool = new Pool(2)) {
            List<AsyncResult<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                results.add(pool.applyAsync(PoolTasks::square, i));
            }
            for (int i = 0; i < 1000; i++) {
                assertThat(results.get(i).get()).as("result %d", i).isEqualTo(i * i);
            }
        }
    }

    @Test
    void atMostNWorkersEverRunTasks() {
        try (Pool pool = new Pool(3)) {
            List<Long> pids = pool.map(PoolTasks::pid, range(300), 1);
            Set<Long> distinct = new HashSet<>(pids);
            assertThat(distinct).as("the pids that ran 300 tasks in a pool of 3").hasSizeBetween(1, 3)
                    .doesNotContain(ProcessHandle.current().pid());
        }
    }

    @Test
    void threadsMayShareAPool() throws Exception {
        try (Pool pool = new Pool(2)) {
            List<Future<List<Integer>>> maps = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                for (int t = 0; t < 4; t++) {
                    int offset = t * 1000;
                    maps.add(threads.submit(() -> pool.map(x -> x + offset, range(1000), 10)));
                }
                for (int t = 0; t < 4; t++) {
                    int offset = t * 1000;
                    assertThat(maps.get(t).get()).as("the map of thread %d", t)
                            .isEqualTo(range(1000).stream().map(x -> x + offset).collect(Collectors.toList()));
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void mapAsyncGivesTheListLaterAndToItsCallback() {
        ConcurrentLinkedQueue<List<Integer>> seen = new ConcurrentLinkedQueue<>();
        try (Pool pool = new Pool(2)) {
            AsyncResult<List<Integer>> result = pool.mapAsync(PoolTasks::square, range(10), 3, seen::add, null);
            assertThat(result.get()).containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81);
            assertThat(seen).as("what the callback got, before get() returned").containsExactly(result.get());
        }
    }

    @Test
    void imapHandsOutTheFirstResultsBeforeTheLastTaskEnds() {
        Event release = new Event();
        try (Pool pool = new Pool(2)) {
            IMapIterator<Integer> results = pool.imap(i -> {
                if (i == 9) {
                    release.await();
                }
                return i * 10;
            }, range(10));

            List<Integer> firstNine = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                firstNine.add(results.next(ofSeconds(60)));
            }
            assertThat(firstNine).as("the first nine, while the last task still waits")
                    .containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80);
            assertThatThrownBy(() -> results.next(ofMillis(200))).isInstanceOf(TimeoutError.class);

            release.set();
            assertThat(results.next()).isEqualTo(90);
            assertThat(results.hasNext()).isFalse();
        }
    }

    @Test
    void imapIsIterableInAForEachLoop() {
        try (Pool pool = new Pool(2)) {
            List<Integer> squares = new ArrayList<>();
            for (int square : pool.imap(PoolTasks::square, range(20), 3)) {
                squares.add(square);
            }
            assertThat(squares).isEqualTo(range(20).stream().map(x -> x * x).collect(Collectors.toList()));
        }
    }

    @Test
    void imapUnorderedHandsOutResultsAsTheyFinish() {
        Event release = new Event();
        try (Pool pool = new Pool(2)) {
            IMapIterator<Integer> results = pool.imapUnordered(i -> {
                if (i == 0) {
                    release.await(); // one worker waits here; the other runs items 1 to 4
                }
                return i;
            }, range(5));

            Set<Integer> firstFour = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                firstFour.add(results.next(ofSeconds(60)));
            }
            assertThat(firstFour).as("the results that came while item 0 was held").containsExactlyInAnyOrder(1, 2, 3, 4);

            release.set();
            assertThat(results.next()).isZero();
        }
    }

    @Test
    void starmapUnpacksEachArgumentList() {
        try (Pool pool = new Pool(2)) {
            assertThat(pool.starmap(Integer::sum, List.of(List.of(1, 2), List.of(3, 4), List.of(5, 6))))
                    .containsExactly(3, 7, 11);
            assertThat(pool.starmap((String word, Integer times) -> word.repeat(times),
                    List.of(List.of("ab", 2), List.of("c", 3)), 1)).containsExactly("abab", "ccc");
            assertThat(pool.starmapAsync((Integer a, Integer b, Integer c) -> a * b + c,
                    List.of(List.of(2, 3, 4), List.of(5, 6, 7))).get()).containsExactly(10, 37);
        }
    }

    @Test
    void applyAsyncIsReadyOnlyOnceTheTaskHasEnded() {
        Event release = new Event();
        try (Pool pool = new Pool(2)) {
            AsyncResult<String> result = pool.applyAsync(() -> {
                release.await();
                return "done";
            });

            assertThat(result.ready()).isFalse();
            assertThat(result.await(ofMillis(100))).as("await with a timeout, while the task waits").isFalse();
            assertThatThrownBy(() -> result.get(ofMillis(100))).isInstanceOf(TimeoutError.class)
                    .hasMessageContaining("not ready within");
            assertThatThrownBy(result::successful).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not ready");

            release.set();
            assertThat(result.get(ofSeconds(60))).isEqualTo("done");
            assertThat(result.ready()).isTrue();
            assertThat(result.successful()).isTrue();
        }
    }

    @Test
    void theCallbackRunsInThisProcessBeforeGetReturns() {
        long me = ProcessHandle.current().pid();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        try (Pool pool = new Pool(2)) {
            AsyncResult<Long> result = pool.applyAsync(PoolTasks::pid, null,
                    pid -> seen.add("result from " + (pid == me ? "this process" : "a worker") + " seen in "
                            + (ProcessHandle.current().pid() == me ? "this process" : "a worker")),
                    error -> seen.add("error " + error));
            result.get();
            assertThat(seen).containsExactly("result from a worker seen in this process");
        }
    }

    @Test
    void anInitializerRunsOnceInEachWorkerWithTheArgumentsItCaptured() {
        String name = "tickets";
        int size = 3;
        try (Pool pool = new Pool(2, () -> PoolTasks.initialize(name, size))) {
            List<String> seen = pool.map(PoolTasks::initialized, range(40), 1);
            assertThat(new HashSet<>(seen)).as("what the initializer left in the workers that ran 40 tasks")
                    .containsExactly("tickets:3 runs=1");
        }
    }

    @Test
    void maxTasksPerChildReplacesEachWorkerAfterThatManyTasks() {
        try (Pool pool = new Pool(2, null, 2)) {
            List<Long> pids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                pids.add(pool.apply(PoolTasks::pid, null));
            }
            assertThat(new HashSet<>(pids)).as("the workers that ran 10 tasks, 2 tasks at most each").hasSizeGreaterThanOrEqualTo(5);
            for (long pid : new HashSet<>(pids)) {
                assertThat(pids.stream().filter(p -> p == pid).count()).as("tasks run by worker %d", pid).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void aPoolHasAsManyWorkersAsCpusByDefault() {
        try (Pool pool = new Pool()) {
            assertThat(Process.activeChildren()).filteredOn(p -> p.name().startsWith("SpawnPoolWorker-"))
                    .hasSize(Process.cpuCount());
            assertThat(pool.toString()).isEqualTo("<Pool state=RUN pool_size=" + Process.cpuCount() + ">");
        }
    }

    @Test
    void workersAreDaemonChildrenNamedAsInPython() {
        try (Pool pool = new Pool(2)) {
            await().atMost(ofSeconds(60)).untilAsserted(() -> assertThat(Process.activeChildren())
                    .extracting(Process::name).filteredOn(n -> n.startsWith("SpawnPoolWorker-")).hasSize(2));
            assertThat(Process.activeChildren()).allMatch(Process::isDaemon);
            assertThat(pool.apply(() -> Process.currentProcess().name())).startsWith("SpawnPoolWorker-");
        }
    }
}
