package proclab.mp;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import proclab.testkit.TimelineFile;

/** What each kind of proxy does, from this process and from others. */
class ManagerProxiesTest {
    private Manager manager;

    @BeforeEach
    void startManager() {
        manager = new Manager();
    }

    @AfterEach
    void shutdownManager() {
        manager.close();
    }

    /** Runs {@code target} in a child process and fails if it does not end normally within 60 s. */
    private static void runInChild(Target target) {
        Process child = new Process(target);
        child.start();
        child.join(ofSeconds(60));
        if (child.isAlive()) {
            child.kill();
            child.join();
        }
        assertThat(child.exitCode()).as("exit code of the child (its stderr above says why if not 0)").isZero();
    }

    @Test
    void aDictIsAMapThatKeepsInsertionOrder() {
        DictProxy<String, Integer> d = manager.dict(Map.of("count", 100));
        assertThat(d.get("count")).isEqualTo(100);
        assertThat(d.put("b", 2)).as("put of a new key").isNull();
        assertThat(d.put("b", 3)).as("put of a known key returns the old value").isEqualTo(2);
        d.put("a", 1);
        assertThat(d.keySet()).containsExactly("count", "b", "a");
        assertThat(d.values()).containsExactly(100, 3, 1);
        assertThat(d.entrySet()).containsExactly(entry("count", 100), entry("b", 3), entry("a", 1));
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.isEmpty()).isFalse();
        assertThat(d.containsKey("a")).isTrue();
        assertThat(d.containsKey("z")).isFalse();
        assertThat(d.containsValue(3)).isTrue();
        assertThat(d.get("z")).isNull();
        assertThat(d.getOrDefault("z", -1)).isEqualTo(-1);

        assertThat(d.putIfAbsent("a", 10)).isEqualTo(1);
        assertThat(d.putIfAbsent("c", 4)).isNull();
        assertThat(d.replace("c", 5)).isEqualTo(4);
        assertThat(d.replace("c", 4, 6)).as("replace when the old value does not match").isFalse();
        assertThat(d.replace("c", 5, 6)).isTrue();
        assertThat(d.remove("c", 5)).as("remove when the value does not match").isFalse();
        assertThat(d.remove("c", 6)).isTrue();
        assertThat(d.remove("b")).isEqualTo(3);
        d.putAll(Map.of("x", 7));
        d.put(null, null);
        assertThat(d.containsKey(null)).as("null is a key like any other").isTrue();
        d.remove(null);

        Map<String, Integer> expected = new HashMap<>(Map.of("count", 100, "a", 1, "x", 7));
        assertThat(d.copy()).isInstanceOf(LinkedHashMap.class).isEqualTo(expected);
        assertThat(d).isEqualTo(expected);
        assertThat(d.hashCode()).isEqualTo(expected.hashCode());
        assertThat(d.toString()).isEqualTo("{count=100, a=1, x=7}");

        assertThatThrownBy(() -> d.keySet().remove("a")).as("keySet() is a read-only copy")
                .isInstanceOf(UnsupportedOperationException.class);
        d.clear();
        assertThat(d).isEmpty();
    }

    @Test
    void aDictRefusesComputeAndMergeBecauseTheyWouldNotBeAtomic() {
        DictProxy<String, Integer> d = manager.dict(Map.of("count", 1));
        assertThatThrownBy(() -> d.merge("count", 1, Integer::sum)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("merge on dict#")
                .hasMessageContaining("would not be one atomic operation: hold a manager lock around get and put");
        assertThatThrownBy(() -> d.compute("count", (k, v) -> v + 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.computeIfAbsent("n", k -> 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.computeIfPresent("n", (k, v) -> 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.replaceAll((k, v) -> 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(d.get("count")).as("the count after the refused calls").isEqualTo(1);
    }

    @Test
    void aListIsAList() {
        ListProxy<String> list = manager.list(List.of("b", "c"));
        assertThat(list.add("d")).isTrue();
        list.add(0, "a");
        assertThat(list).containsExactly("a", "b", "c", "d");
        assertThat(list.get(1)).isEqualTo("b");
        assertThat(list.set(1, "B")).isEqualTo("b");
        assertThat(list.remove(0)).isEqualTo("a");
        assertThat(list.remove("d")).isTrue();
        assertThat(list.remove("zz")).isFalse();
        assertThat(list.addAll(List.of("e", "B"))).isTrue();
        assertThat(list.addAll(0, List.of("z"))).isTrue();
        assertThat(list).containsExactly("z", "B", "c", "e", "B");
        assertThat(list.indexOf("B")).isEqualTo(1);
        assertThat(list.lastIndexOf("B")).isEqualTo(4);
        assertThat(list.contains("c")).isTrue();
        assertThat(list.containsAll(List.of("c", "e"))).isTrue();
        assertThat(list.size()).isEqualTo(5);
        assertThat(list.removeAll(List.of("B"))).isTrue();
        assertThat(list.retainAll(List.of("c", "e", "z"))).isFalse();
        assertThat(list.subList(1, 3)).containsExactly("c", "e");
        assertThat(list.toArray()).containsExactly("z", "c", "e");
        assertThat(list.toArray(new String[0])).containsExactly("z", "c", "e");

        list.sort(null);
        assertThat(list.copy()).containsExactly("c", "e", "z");
        list.sort(Comparator.reverseOrder());
        assertThat(list).isEqualTo(List.of("z", "e", "c"));
        assertThat(list.hashCode()).isEqualTo(List.of("z", "e", "c").hashCode());
        assertThat(list.toString()).isEqualTo("[z, e, c]");

        var iterator = list.iterator();
        iterator.next();
        assertThatThrownBy(iterator::remove).as("iterators are read-only copies")
                .isInstanceOf(UnsupportedOperationException.class);
        list.clear();
        assertThat(list).isEmpty();
    }

    @Test
    void aListSaysWhatItCannotDo() {
        ListProxy<Integer> list = manager.list(List.of(3, 1, 2));
        assertThatThrownBy(() -> list.sort(Comparator.comparing(i -> -i))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("its comparator must be Serializable")
                .hasMessageContaining("(Comparator<E> & Serializable)");
        list.sort((Comparator<Integer> & Serializable) (x, y) -> y - x);
        assertThat(list).containsExactly(3, 2, 1);
        assertThatThrownBy(() -> list.removeIf(i -> i > 1)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("would not be one atomic operation");
        assertThatThrownBy(() -> list.replaceAll(i -> i + 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anErrorInTheManagerIsRaisedInTheCallerWithTheCallersStack() {
        ListProxy<String> list = manager.list(List.of("only"));
        Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> list.get(5));
        assertThat(error).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("5");
        assertThat(Arrays.stream(error.getStackTrace()).map(StackTraceElement::getMethodName))
                .as("the stack of the raised error").contains("anErrorInTheManagerIsRaisedInTheCallerWithTheCallersStack");
    }

    @Test
    void anErrorThatCannotTravelBackArrivesAsARemoteErrorWithItsText() {
        DictProxy<Grumpy, Integer> d = manager.dict();
        assertThatThrownBy(() -> d.put(new Grumpy(), 1)).isInstanceOf(RemoteError.class)
                .hasMessageContaining(HoldsAThread.class.getName())
                .hasMessageContaining("hashCode refused in pid");
    }

    /** A key that no map in the manager's process can hold: its hashCode throws there. */
    static final class Grumpy implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long creator = ProcessHandle.current().pid();

        @Override
        public int hashCode() {
            if (ProcessHandle.current().pid() != creator) {
                throw new HoldsAThread("hashCode refused in pid " + ProcessHandle.current().pid());
            }
            return 0;
        }

        @Override
        public boolean equals(Object other) {
            return other == this;
        }
    }

    /** An exception that cannot be serialized: it holds a thread. */
    static final class HoldsAThread extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Thread thread = Thread.currentThread();

        HoldsAThread(String message) {
            super(message);
        }
    }

    @Test
    void aNamespaceHoldsNamedValues() {
        Namespace ns = manager.namespace();
        ns.set("price", 9.5);
        ns.set("title", "KTV");
        assertThat(ns.<Double>get("price")).isEqualTo(9.5);
        assertThat(ns.toString()).isEqualTo("Namespace(price=9.5, title=KTV)");
        ns.delete("price");
        assertThatThrownBy(() -> ns.get("price")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("has no attribute 'price': set it first with set(\"price\", value)");
        assertThatThrownBy(() -> ns.delete("price")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aValueGetsAndSets() {
        ValueProxy<Integer> value = manager.value(7);
        assertThat(value.get()).isEqualTo(7);
        value.set(8);
        assertThat(value.get()).isEqualTo(8);
        runInChild(() -> value.set(value.get() * 10));
        assertThat(value.get()).as("the value after a child multiplied it by 10").isEqualTo(80);
    }

    @Test
    void aLockHeldByAnotherProcessKeepsThisOneOut() {
        AcquirerProxy lock = manager.lock();
        EventProxy held = manager.event();
        EventProxy letGo = manager.event();
        Process holder = new Process(() -> {
            lock.acquire();
            held.set();
            letGo.await();
            lock.release();
        });
        holder.start();
        try {
            assertThat(held.await(ofSeconds(60))).as("the child took the lock").isTrue();
            assertThat(lock.acquire(false)).as("acquire(false) while another process holds it").isFalse();
            assertThat(lock.acquire(ofMillis(200))).as("acquire(200 ms) while another process holds it").isFalse();
            letGo.set();
            assertThat(lock.acquire(ofSeconds(30))).as("acquire once the child let go").isTrue();
            lock.release();
        } finally {
            letGo.set();
            holder.join();
        }
        assertThat(holder.exitCode()).isZero();
    }

    @Test
    void anyProcessMayReleaseALockButNotOneThatIsFree() {
        AcquirerProxy lock = manager.lock();
        lock.acquire();
        runInChild(lock::release);
        assertThat(lock.acquire(false)).as("acquire after another process released it").isTrue();
        lock.release();
        assertThatThrownBy(lock::release).isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("Lock#\\d+@SyncManager-\\d+ released too many times: it was not held");
    }

    @Test
    void anRLockIsReentrantForTheThreadThatHoldsItOnly() throws Exception {
        AcquirerProxy rlock = manager.rlock();
        assertThat(rlock.acquire()).isTrue();
        assertThat(rlock.acquire(false)).as("a second acquire by the holder").isTrue();

        CompletableFuture<Boolean> otherThread = CompletableFuture.supplyAsync(() -> rlock.acquire(false));
        assertThat(otherThread.get(30, TimeUnit.SECONDS)).as("acquire(false) by another thread").isFalse();
        assertThatThrownBy(() -> CompletableFuture.runAsync(rlock::release).join())
                .hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only the thread that holds an RLock may release it");

        rlock.release();
        assertThat(CompletableFuture.supplyAsync(() -> rlock.acquire(false)).get(30, TimeUnit.SECONDS))
                .as("acquire by another thread after one of two releases").isFalse();
        rlock.release();
        assertThat(CompletableFuture.supplyAsync(() -> {
            boolean taken = rlock.acquire(false);
            rlock.release();
            return taken;
        }).get(30, TimeUnit.SECONDS)).as("acquire by another thread after both releases").isTrue();
    }

    @Test
    void aSemaphoreCountsPermits() {
        AcquirerProxy rooms = manager.semaphore(2);
        assertThat(rooms.acquire()).isTrue();
        assertThat(rooms.acquire()).isTrue();
        assertThat(rooms.acquire(false)).as("a third acquire of two permits").isFalse();
        runInChild(rooms::release);
        assertThat(rooms.acquire(ofSeconds(30))).as("acquire after a child released a permit").isTrue();
        rooms.release();
        rooms.release();
        rooms.release();
        assertThat(rooms.acquire(false)).as("a plain semaphore may grow past its start").isTrue();
    }

    @Test
    void aBoundedSemaphoreRefusesToGrow() {
        AcquirerProxy rooms = manager.boundedSemaphore(1);
        assertThatThrownBy(rooms::release).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("released too many times: it already has all its 1 permits");
        rooms.acquire();
        rooms.release();
    }

    @Test
    void anEventWakesAProcessThatAwaitsIt() {
        EventProxy light = manager.event();
        QueueProxy<String> reports = manager.queue();
        assertThat(light.isSet()).isFalse();
        assertThat(light.await(ofMillis(100))).as("await(100 ms) on an unset event").isFalse();
        Process car = new Process(() -> {
            reports.put("waiting");
            reports.put(light.await(ofSeconds(60)) ? "green" : "gave up");
        });
        car.start();
        assertThat(reports.get(ofSeconds(60))).isEqualTo("waiting");
        light.set();
        assertThat(reports.get(ofSeconds(60))).as("what the waiting process saw").isEqualTo("green");
        car.join();
        assertThat(light.isSet()).isTrue();
        light.clear();
        assertThat(light.isSet()).isFalse();
    }

    @Test
    void aQueueCarriesItemsInOrderBetweenProcesses() {
        QueueProxy<Integer> queue = manager.queue();
        Process producer = new Process(() -> {
            for (int i = 1; i <= 100; i++) {
                queue.put(i);
            }
            queue.put(null);
        });
        producer.start();
        List<Integer> received = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            received.add(queue.get(ofSeconds(60)));
        }
        assertThat(queue.get(ofSeconds(60))).as("null, an item like any other").isNull();
        producer.join();
        assertThat(received).as("the items in the order they were put").isEqualTo(
                java.util.stream.IntStream.rangeClosed(1, 100).boxed().collect(java.util.stream.Collectors.toList()));
        assertThat(queue.empty()).isTrue();
        assertThatThrownBy(queue::getNowait).isInstanceOf(Empty.class).hasMessageMatching("Queue#\\d+@SyncManager-\\d+ is empty");
        assertThatThrownBy(() -> queue.get(ofMillis(50))).isInstanceOf(Empty.class)
                .hasMessageContaining("no item came within PT0.05S");
    }

    @Test
    void aBoundedQueueIsFull() {
        QueueProxy<String> queue = manager.queue(1);
        queue.putNowait("one");
        assertThat(queue.full()).isTrue();
        assertThat(queue.qsize()).isEqualTo(1);
        assertThatThrownBy(() -> queue.putNowait("two")).isInstanceOf(Full.class)
                .hasMessageContaining("is full: it holds its maximum of 1 items");
        assertThatThrownBy(() -> queue.put("two", ofMillis(50))).isInstanceOf(Full.class)
                .hasMessageContaining("none was taken within PT0.05S");
        assertThatThrownBy(() -> queue.put("two", ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(queue.getNowait()).isEqualTo("one");
        assertThat(queue.full()).isFalse();
    }

    @Test
    void aProxySentThroughAQueueWorksInTheProcessThatReceivesIt() {
        DictProxy<String, String> d = manager.dict();
        Queue<DictProxy<String, String>> mailbox = new Queue<>();
        Process child = new Process(() -> mailbox.get().put("from", "the child"));
        child.start();
        mailbox.put(d);
        child.join();
        assertThat(child.exitCode()).isZero();
        assertThat(d.get("from")).isEqualTo("the child");
    }

    @Test
    void aProxyStoredInADictComesBackAsAProxyToTheSameObject() {
        DictProxy<String, Object> d = manager.dict();
        ListProxy<String> inner = manager.list();
        d.put("inner", inner);
        runInChild(() -> {
            @SuppressWarnings("unchecked")
            ListProxy<String> found = (ListProxy<String>) d.get("inner");
            found.add("added by the child");
        });
        assertThat(inner).containsExactly("added by the child");
        assertThat(d.get("inner")).as("the stored proxy").isEqualTo(inner);
        assertThat(manager.lock()).as("proxies to two different locks").isNotEqualTo(manager.lock());
    }

    @Test
    void sharedObjectsAreNamedAfterTheirManager() {
        AcquirerProxy lock = manager.lock();
        assertThat(lock.toString()).matches("<AcquirerProxy Lock#\\d+@SyncManager-\\d+>");
        assertThat(manager.event().toString()).matches("<EventProxy Event#\\d+@SyncManager-\\d+>");
        assertThat(manager.toString()).contains("SyncManager-").contains(manager.address());
    }

    @Test
    void theTimelineShowsManagerCalls(@TempDir Path dir) {
        Path file = dir.resolve("timeline.tsv");
        Timeline.recordTo(file);
        try {
            DictProxy<String, Integer> d = manager.dict(Map.of("count", 1));
            AcquirerProxy lock = manager.lock();
            runInChild(() -> {
                try (var held = lock.hold()) {
                    d.put("count", d.get("count") - 1);
                }
            });
        } finally {
            Timeline.stop();
        }
        List<String> actions = TimelineFile.read(file).stream().filter(TimelineFile.actions("lock.", "dict."))
                .map(e -> e.action() + " " + e.detail()).collect(java.util.stream.Collectors.toList());
        assertThat(actions).hasSize(4);
        assertThat(actions.get(0)).matches("lock.acquire Lock#\\d+@SyncManager-\\d+");
        assertThat(actions.get(1)).matches("dict.get dict#\\d+@SyncManager-\\d+ count=1");
        assertThat(actions.get(2)).matches("dict.put dict#\\d+@SyncManager-\\d+ count=0");
        assertThat(actions.get(3)).startsWith("lock.release Lock#");
    }
}
