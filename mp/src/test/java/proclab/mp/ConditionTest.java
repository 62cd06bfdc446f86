package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static proclab.mp.Children.PATIENCE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineOnFailure;

/** {@link Condition}, as CPython's {@code _TestCondition} states it, across processes. */
@ExtendWith(TimelineOnFailure.class)
class ConditionTest {
    @RegisterExtension
    final Children children = new Children();

    /** CPython's {@code f}: take the lock, say so, wait, count the wake-up. */
    private static void sleepUntilNotified(Condition condition, Semaphore sleeping, Semaphore woken, int threads)
            throws InterruptedException {
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                condition.acquire();
                sleeping.release();
                condition.await();
                woken.release();
                condition.release();
            });
            thread.start();
            all.add(thread);
        }
        for (Thread thread : all) {
            thread.join();
        }
    }

    /** Waits until {@code count} waiters sleep: each said so holding the lock, which they all gave up in await. */
    private static void awaitSleepers(Condition condition, Semaphore sleeping, int count) {
        for (int i = 0; i < count; i++) {
            assertThat(sleeping.acquire(PATIENCE)).as("waiter %d of %d about to wait", i + 1, count).isTrue();
        }
        assertThat(condition.acquire(PATIENCE)).isTrue();
        condition.release();
    }

    private static void notify(Condition condition, int n) {
        try (var held = condition.hold()) {
            condition.notify(n);
        }
    }

    private static long notifiedInTimeline() {
        return TimelineFile.current().stream().filter(e -> e.action().equals("cond.notify")).count();
    }

    @Test
    void notifyOneWakesTheLongestWaiterFirst() {
        Condition condition = new Condition();
        Semaphore sleeping = new Semaphore(0);
        Queue<String> woken = new Queue<>();
        for (String name : List.of("first", "second")) {
            children.start(name, () -> {
                try (var held = condition.hold()) {
                    sleeping.release();
                    condition.await();
                }
                woken.put(name);
            });
            awaitSleepers(condition, sleeping, 1);
        }

        try (var held = condition.hold()) {
            condition.notifyOne();
        }
        assertThat(woken.get(PATIENCE)).as("the waiter notifyOne() woke").isEqualTo("first");
        assertThat(woken.empty()).as("another waiter woke after a single notifyOne()").isTrue();

        try (var held = condition.hold()) {
            condition.notifyOne();
        }
        assertThat(woken.get(PATIENCE)).isEqualTo("second");
        children.joinAll();
    }

    @Test
    void notifyNWakesNWaitersAndNoMore() {
        Condition condition = new Condition();
        Semaphore sleeping = new Semaphore(0);
        Semaphore woken = new Semaphore(0);
        // Six waiters, three threads in each of two processes, as in CPython's test.
        children.start(2, i -> () -> sleepUntilNotified(condition, sleeping, woken, 3));
        awaitSleepers(condition, sleeping, 6);
        assertThat(woken.value()).as("waiters awake before any notify").isZero();

        notify(condition, 2);
        await().atMost(PATIENCE).until(woken::value, n -> n == 2);
        assertThat(TimelineFile.current()).filteredOn(e -> e.action().equals("cond.notify"))
                .extracting(TimelineFile.Event::detail).singleElement().asString().endsWith("woke 2");

        notify(condition, 4);
        await().atMost(PATIENCE).until(woken::value, n -> n == 6);

        notify(condition, 3);
        assertThat(TimelineFile.current()).filteredOn(e -> e.action().equals("cond.notify"))
                .extracting(TimelineFile.Event::detail).last().asString()
                .as("a notify(3) with nobody waiting").endsWith("woke 0");
        assertThat(notifiedInTimeline()).isEqualTo(3);
        children.joinAll();
        assertThat(woken.value()).isEqualTo(6);
    }

    @Test
    void notifyAllWaitersWakesEveryone() {
        Condition condition = new Condition(new Lock());
        Semaphore sleeping = new Semaphore(0);
        Semaphore woken = new Semaphore(0);
        children.start(2, i -> () -> sleepUntilNotified(condition, sleeping, woken, 3));
        awaitSleepers(condition, sleeping, 6);

        try (var held = condition.hold()) {
            condition.notifyAllWaiters();
        }

        children.joinAll();
        assertThat(woken.value()).as("waiters woken by notifyAllWaiters()").isEqualTo(6);
    }

    @Test
    void awaitReturnsFalseWhenTheTimeRunsOutAndTrueWhenNotified() {
        Condition condition = new Condition();
        try (var held = condition.hold()) {
            assertThat(condition.await(Duration.ZERO)).as("await(0)").isFalse();
            long start = System.nanoTime();
            assertThat(condition.await(ofMillis(300))).as("await(300 ms) without a notify").isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(ofMillis(300));

            children.start(() -> {
                try (var notifier = condition.hold()) {
                    condition.notifyOne();
                }
            });
            assertThat(condition.await(PATIENCE)).as("await while a child notifies").isTrue();
        }
        children.joinAll();
    }

    @Test
    void awaitForReturnsOnceThePredicateHolds() {
        Condition condition = new Condition();
        Value<Integer> state = Value.of(-1);
        Process child = children.start(() -> {
            try (var held = condition.hold()) {
                state.set(0);
                condition.notifyOne();
                boolean reached = condition.awaitFor(() -> state.get() == 4);
                if (!reached || state.get() != 4) {
                    System.exit(1);
                }
            }
        });
        try (var held = condition.hold()) {
            assertThat(condition.awaitFor(() -> state.get() == 0, PATIENCE)).isTrue();
        }
        for (int i = 0; i < 4; i++) {
            try (var held = condition.hold()) {
                state.set(state.get() + 1);
                condition.notifyOne();
            }
        }
        assertThat(Children.exitCodeOf(child)).as("exit code of the child whose awaitFor must see state 4").isZero();
    }

    @Test
    void awaitForGivesUpAfterItsTimeoutWhenThePredicateNeverHolds() {
        Condition condition = new Condition();
        Value<Integer> state = Value.of(0);
        Queue<String> outcome = new Queue<>();
        Semaphore started = new Semaphore(0);
        children.start(() -> {
            started.release();
            try (var held = condition.hold()) {
                long start = System.nanoTime();
                boolean reached = condition.awaitFor(() -> state.get() == 4, ofMillis(300));
                outcome.put(reached + " after " + (System.nanoTime() - start >= ofMillis(300).toNanos() ? "300 ms" : "less"));
            }
        });
        assertThat(started.acquire(PATIENCE)).isTrue();
        for (int i = 0; i < 3; i++) {
            try (var held = condition.hold()) {
                state.set(state.get() + 1);
                condition.notifyOne();
            }
        }
        assertThat(outcome.get(PATIENCE)).as("awaitFor(state == 4, 300 ms) while state only reaches 3")
                .isEqualTo("false after 300 ms");
        children.joinAll();
    }

    @Test
    void awaitAndNotifyNeedTheLock() {
        Condition condition = new Condition();
        assertThatThrownBy(condition::await).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without holding its lock");
        assertThatThrownBy(condition::notifyOne).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without holding its lock");
    }

    @Test
    void aConditionOnAnRLockKeepsTheLevelsItsWaiterHeld() {
        RLock lock = new RLock();
        Condition condition = new Condition(lock);
        lock.acquire();
        lock.acquire();
        assertThat(condition.await(ofMillis(10))).isFalse();
        assertThat(lock.toString()).as("the RLock after a wait").contains(", 2)");
        lock.release();
        lock.release();
        assertThatThrownBy(lock::release).isInstanceOf(IllegalStateException.class);
    }
}
