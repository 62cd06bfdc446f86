package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static proclab.mp.Children.PATIENCE;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Semaphore} and {@link BoundedSemaphore}, as CPython's tests state them, across processes. */
class SemaphoreTest {
    @RegisterExtension
    final Children children = new Children();

    /** CPython's {@code _test_semaphore}: two permits taken, a third refused, both given back. */
    private static void takeBothAndGiveBack(Semaphore semaphore) {
        assertThat(semaphore.value()).isEqualTo(2);
        assertThat(semaphore.acquire()).isTrue();
        assertThat(semaphore.value()).isEqualTo(1);
        assertThat(semaphore.acquire()).isTrue();
        assertThat(semaphore.value()).isZero();
        assertThat(semaphore.acquire(false)).as("acquire(false) with no permit left").isFalse();
        assertThat(semaphore.value()).isZero();
        semaphore.release();
        assertThat(semaphore.value()).isEqualTo(1);
        semaphore.release();
        assertThat(semaphore.value()).isEqualTo(2);
    }

    @Test
    void aSemaphoreCountsItsPermitsAndMayGrowBeyondItsStart() {
        Semaphore semaphore = new Semaphore(2);
        takeBothAndGiveBack(semaphore);
        semaphore.release();
        assertThat(semaphore.value()).as("a plain semaphore released beyond its start").isEqualTo(3);
        semaphore.release();
        assertThat(semaphore.value()).isEqualTo(4);
    }

    @Test
    void aBoundedSemaphoreRefusesAReleaseBeyondItsStart() {
        BoundedSemaphore semaphore = new BoundedSemaphore(2);
        takeBothAndGiveBack(semaphore);
        assertThatThrownBy(semaphore::release).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("released too many times");
        assertThat(semaphore.value()).as("the permits after the refused release").isEqualTo(2);
    }

    @Test
    void aSemaphoreWithNoPermitsTimesOut() {
        Semaphore semaphore = new Semaphore(0);
        assertThat(semaphore.acquire(false)).isFalse();
        assertThat(semaphore.acquire(Duration.ZERO)).isFalse();
        long start = System.nanoTime();
        assertThat(semaphore.acquire(ofMillis(300))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time acquire(300 ms) waited")
                .isGreaterThanOrEqualTo(ofMillis(300));
        assertThatThrownBy(() -> new Semaphore(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPermitReleasedByAChildWakesTheParent() {
        Semaphore semaphore = new Semaphore(0);
        children.start(semaphore::release);
        assertThat(semaphore.acquire(PATIENCE)).as("acquire of the permit a child released").isTrue();
        children.joinAll();
    }

    /** The karaoke bar: eight groups, four rooms; never more than four groups sing at once. */
    @Test
    void neverMoreProcessesHoldPermitsThanThereAre() {
        int rooms = 4;
        int groups = 8;
        int songs = 5;
        Semaphore semaphore = new Semaphore(rooms);
        Value<Integer> singing = Value.of(0);
        Value<Integer> most = Value.of(0);
        Event open = new Event();
        // The time a group holds its room: long enough for the others to crowd the door.
        Delays.set("sem.acquire", ofMillis(5));
        try {
            children.start(groups, i -> () -> {
                open.await();
                for (int song = 0; song < songs; song++) {
                    try (var room = semaphore.hold()) {
                        try (var held = singing.getLock().hold()) {
                            singing.set(singing.get() + 1);
                            most.set(Math.max(most.get(), singing.get()));
                        }
                        try (var held = singing.getLock().hold()) {
                            singing.set(singing.get() - 1);
                        }
                    }
                }
            });
        } finally {
            Delays.clear();
        }
        open.set();
        children.joinAll();

        assertThat(most.get()).as("the most groups singing at once in %d rooms", rooms).isBetween(1, rooms);
        assertThat(semaphore.value()).as("free rooms once every group has gone").isEqualTo(rooms);
    }

    @Test
    void aBoundedSemaphoreCanBeReleasedByAnotherProcessThanTheAcquirer() {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        Queue<String> outcome = new Queue<>();
        children.start(() -> {
            semaphore.release();
            try {
                semaphore.release();
                outcome.put("second release accepted");
            } catch (IllegalStateException e) {
                outcome.put("second release refused");
            }
        });
        assertThat(outcome.get(PATIENCE)).isEqualTo("second release refused");
        children.joinAll();
        assertThat(semaphore.value()).isEqualTo(1);
    }
}
