package proclab.mp;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static proclab.mp.Children.PATIENCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineOnFailure;

/**
 * A process that dies in the middle of an operation, even killed with -9, leaves every primitive
 * usable by the others. Beyond Python, whose locks stay held for ever when their holder dies.
 */
@ExtendWith(TimelineOnFailure.class)
class DeadProcessTest {
    @RegisterExtension
    final Children children = new Children();

    /** How a lock holder leaves the scene without releasing its lock. */
    enum Death {
        KILLED(Process::kill, -9),
        TERMINATED(Process::terminate, -15),
        ENDED(p -> { }, 0);

        final Consumer<Process> deliver;
        final int exitCode;

        Death(Consumer<Process> deliver, int exitCode) {
            this.deliver = deliver;
            this.exitCode = exitCode;
        }
    }

    static Stream<Arguments> locksAndDeaths() {
        List<Arguments> all = new ArrayList<>();
        for (Death death : Death.values()) {
            all.add(Arguments.of("Lock", (Supplier<Acquirable>) Lock::new, death));
            all.add(Arguments.of("RLock", (Supplier<Acquirable>) RLock::new, death));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, holder {2}")
    @MethodSource("locksAndDeaths")
    void aLockWhoseHolderDiesIsTakenOverByTheNextProcess(String kind, Supplier<Acquirable> make, Death death) {
        Acquirable lock = make.get();
        Event held = new Event();
        boolean staysAlive = death != Death.ENDED;
        Process holder = children.start("holder", () -> {
            lock.acquire();
            held.set();
            if (staysAlive) {
                Thread.sleep(ofMinutes(10).toMillis());
            }
        });
        assertThat(held.await(PATIENCE)).as("the holder took the lock").isTrue();
        Queue<String> got = new Queue<>();
        Process waiter = children.start("waiter", () -> {
            lock.acquire();
            got.put("waiter has the lock");
            lock.release();
        });

        death.deliver.accept(holder);

        assertThat(Children.exitCodeOf(holder)).as("exit code of the holder").isEqualTo(death.exitCode);
        assertThat(got.get(PATIENCE)).as("the waiter, once the holder of the %s was gone", kind)
                .isEqualTo("waiter has the lock");
        assertThat(Children.exitCodeOf(waiter)).isZero();
        assertThat(lock.acquire(PATIENCE)).as("the parent takes the %s after the waiter released it", kind).isTrue();
        lock.release();
        assertThat(TimelineFile.current()).filteredOn(e -> e.process().equals("waiter") && e.action().equals("lock.acquire"))
                .as("the waiter's acquire in the timeline").singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("taken over from a holder that died"));
    }

    @Test
    void aReaderKilledWhileCopyingAnItemOutLeavesItForTheNextReader() {
        Queue<String> queue = new Queue<>();
        Queue<String> results = new Queue<>();
        queue.put("first");
        queue.put("second");
        Process reader = children.start("stuck-reader", () -> {
            Delays.set("ring.read", ofMinutes(10));
            results.put(queue.get());
        });
        awaitDelay(reader, "ring.read");

        reader.kill();

        assertThat(Children.exitCodeOf(reader)).isEqualTo(-9);
        assertThat(results.qsize()).as("items the killed reader delivered").isZero();
        assertThat(List.of(queue.get(PATIENCE), queue.get(PATIENCE)))
                .as("the items, read after a reader died in the middle of reading the first one")
                .containsExactly("first", "second");
        queue.put("third");
        assertThat(queue.get(PATIENCE)).as("the queue keeps working").isEqualTo("third");
    }

    @Test
    void aReaderKilledWhileCopyingALargeItemOutLeavesItForTheNextReader() {
        Queue<byte[]> queue = new Queue<>();
        byte[] large = new byte[3 << 20]; // travels in a file of its own
        Arrays.fill(large, (byte) 7);
        queue.put(large);
        Process reader = children.start("stuck-reader", () -> {
            Delays.set("ring.read", ofMinutes(10));
            queue.get();
        });
        awaitDelay(reader, "ring.read");

        reader.kill();

        assertThat(Children.exitCodeOf(reader)).isEqualTo(-9);
        assertThat(queue.get(PATIENCE)).as("the large item, after a reader died in the middle of reading it")
                .isEqualTo(large);
    }

    @Test
    void aWriterKilledBeforeItsItemWasVisibleLosesOnlyThatItem() {
        Queue<String> queue = new Queue<>(10);
        Process writer = children.start("stuck-writer", () -> {
            Delays.set("ring.write", ofMinutes(10));
            queue.put("never seen");
        });
        awaitDelay(writer, "ring.write");
        Process other = children.start("other-writer", () -> queue.put("from the other writer"));

        writer.kill();

        assertThat(Children.exitCodeOf(writer)).isEqualTo(-9);
        assertThat(Children.exitCodeOf(other)).as("the writer that waited for the killed one").isZero();
        queue.put("from the parent");
        assertThat(List.of(queue.get(PATIENCE), queue.get(PATIENCE)))
                .containsExactly("from the other writer", "from the parent");
        assertThat(queue.empty()).as("the queue after its items were read: the killed writer's item never appears")
                .isTrue();
    }

    @Test
    void aConditionWaiterKilledWhileWaitingIsSkippedByNotify() {
        Condition condition = new Condition();
        Semaphore sleeping = new Semaphore(0);
        Queue<String> woken = new Queue<>();
        Process doomed = children.start("doomed", () -> waitOnce(condition, sleeping, woken, "doomed"));
        awaitWaiting(condition, sleeping, 1);
        Process survivor = children.start("survivor", () -> waitOnce(condition, sleeping, woken, "survivor"));
        awaitWaiting(condition, sleeping, 1);

        doomed.kill();
        assertThat(Children.exitCodeOf(doomed)).isEqualTo(-9);
        try (var held = condition.hold()) {
            condition.notifyOne();
        }

        assertThat(woken.get(PATIENCE)).as("the waiter woken by notifyOne after the longest waiter was killed")
                .isEqualTo("survivor");
        assertThat(Children.exitCodeOf(survivor)).isZero();
    }

    @Test
    void waitersKilledBeforeTakingTheLockBackLeaveNoSlotTaken() {
        Condition condition = new Condition();
        Semaphore sleeping = new Semaphore(0);
        int waiters = Condition.MAX_WAITERS;
        // One process with as many waiting threads as a condition takes.
        Process crowd = children.start("crowd", () -> {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < waiters; i++) {
                Thread thread = new Thread(() -> waitOnce(condition, sleeping, null, null));
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        });
        awaitWaiting(condition, sleeping, waiters);
        // Notified, but killed before any of them can take the lock back, which the parent holds.
        condition.acquire();
        condition.notifyAllWaiters();
        crowd.kill();
        assertThat(Children.exitCodeOf(crowd)).isEqualTo(-9);
        condition.release();

        try (var held = condition.hold()) {
            assertThat(condition.await(ofMillis(10))).as("a new wait on the condition, after %d notified waiters"
                    + " died without taking the lock back", waiters).isFalse();
        }
    }

    @Test
    void aPipeWriterThatIsKilledEndsTheStreamAfterWhatItSent() {
        Pipe pipe = new Pipe(false);
        Connection reader = pipe.first();
        Connection writer = pipe.second();
        Process child = children.start(() -> {
            writer.send("last words");
            Thread.sleep(ofMinutes(10).toMillis());
        });
        writer.close();
        assertThat((String) reader.recv()).isEqualTo("last words");

        child.kill();

        assertThat(Children.exitCodeOf(child)).isEqualTo(-9);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(reader.poll())
                .as("poll() once the only writer was killed: recv would fail at once").isTrue());
        assertThatThrownBy(reader::recv).isInstanceOf(EOFError.class);
    }

    private static void waitOnce(Condition condition, Semaphore sleeping, Queue<String> woken, String name) {
        condition.acquire();
        sleeping.release();
        condition.await();
        condition.release();
        if (woken != null) {
            woken.put(name);
        }
    }

    /**
     * Waits until {@code count} more processes wait on the condition: each released
     * {@code sleeping} while holding the lock, which they all gave up in {@code await}.
     */
    private static void awaitWaiting(Condition condition, Semaphore sleeping, int count) {
        for (int i = 0; i < count; i++) {
            assertThat(sleeping.acquire(PATIENCE)).as("waiter %d of %d is about to wait", i + 1, count).isTrue();
        }
        assertThat(condition.acquire(PATIENCE)).as("the condition's lock, given up by its waiters").isTrue();
        condition.release();
    }

    /** Waits until {@code process} pauses at a delay point: the timeline shows it. */
    private static void awaitDelay(Process process, String point) {
        await().atMost(PATIENCE).until(() -> TimelineFile.current().stream()
                .anyMatch(e -> e.pid() == process.pid() && e.action().equals("delay") && e.detail().startsWith(point)));
    }
}
