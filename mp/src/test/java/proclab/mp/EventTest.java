package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static proclab.mp.Children.PATIENCE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Event}, as CPython's {@code test_event} states it, across processes. */
class EventTest {
    @RegisterExtension
    final Children children = new Children();

    @Test
    void awaitReturnsWhetherTheFlagWasSet() {
        Event event = new Event();
        assertThat(event.isSet()).isFalse();
        assertThat(event.await(Duration.ZERO)).as("await(0) on a clear event").isFalse();
        long start = System.nanoTime();
        assertThat(event.await(ofMillis(300))).as("await(300 ms) on a clear event").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time await(300 ms) waited")
                .isGreaterThanOrEqualTo(ofMillis(300));

        event.set();
        assertThat(event.isSet()).isTrue();
        assertThat(event.await()).as("await() on a set event").isTrue();
        assertThat(event.await(ofMillis(300))).as("await(300 ms) on a set event").isTrue();

        event.clear();
        assertThat(event.isSet()).as("after clear()").isFalse();
    }

    @Test
    void aChildThatSetsTheEventWakesTheParent() {
        Event event = new Event();
        children.start(event::set);
        assertThat(event.await(PATIENCE)).as("the parent's wait for the event a child sets").isTrue();
        children.joinAll();
    }

    /** The traffic light: cars wait for green; red stops the next ones again. */
    @Test
    void everyWaitingProcessGoesOnWhenTheEventIsSet() {
        Event green = new Event();
        Semaphore arrived = new Semaphore(0);
        Queue<String> crossed = new Queue<>();
        List<Process> cars = children.start(3, i -> () -> {
            arrived.release();
            green.await();
            crossed.put("car " + i);
        });
        for (int i = 0; i < cars.size(); i++) {
            assertThat(arrived.acquire(PATIENCE)).as("car %d arrived at the light", i).isTrue();
        }
        assertThat(crossed.empty()).as("cars crossed on red").isTrue();

        green.set();

        List<String> all = new ArrayList<>();
        for (int i = 0; i < cars.size(); i++) {
            all.add(crossed.get(PATIENCE));
        }
        assertThat(all).containsExactlyInAnyOrder("car 0", "car 1", "car 2");
        children.joinAll();

        green.clear();
        Process late = children.start(() -> crossed.put("late car: " + green.await(ofMillis(200))));
        assertThat(crossed.get(PATIENCE)).as("a car that waits 200 ms at red").isEqualTo("late car: false");
        assertThat(Children.exitCodeOf(late)).isZero();
    }
}
