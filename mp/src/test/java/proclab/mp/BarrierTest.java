package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static proclab.mp.Children.PATIENCE;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Barrier}, as CPython's {@code _TestBarrier} states it. As there, some parties are child
 * processes and one is the test itself.
 */
class BarrierTest {
    private static final int PARTIES = 4;
    private static final int ROUNDS = 3;

    @RegisterExtension
    final Children children = new Children();

    private static List<String> take(Queue<String> queue, int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(queue.get(PATIENCE));
        }
        return items;
    }

    @Test
    void fourProcessesPassEachRoundTogetherAndTheActionRunsOncePerRound() {
        Queue<String> log = new Queue<>();
        Barrier barrier = new Barrier(PARTIES, () -> log.put("action"), null);
        children.start(PARTIES, i -> () -> {
            for (int round = 0; round < ROUNDS; round++) {
                log.put("arrive " + round);
                int index = barrier.await();
                log.put("pass " + round + " index " + index);
            }
        });

        // The log holds the puts of all four in the order they happened.
        List<String> events = take(log, ROUNDS * (2 * PARTIES + 1));
        children.joinAll();
        for (int round = 0; round < ROUNDS; round++) {
            String arrive = "arrive " + round;
            String pass = "pass " + round + " ";
            int lastArrival = events.lastIndexOf(arrive);
            int firstPass = indexOfFirst(events, pass);
            assertThat(events.stream().filter(arrive::equals)).as("arrivals in round %d", round).hasSize(PARTIES);
            assertThat(lastArrival).as("in round %d the last arrival (%s) comes before the first pass: %s",
                    round, lastArrival, events).isLessThan(firstPass);
            assertThat(events.subList(lastArrival, firstPass)).as("the action of round %d, run between the last"
                    + " arrival and the first pass", round).containsOnlyOnce("action");
            assertThat(events.stream().filter(e -> e.startsWith(pass)).map(e -> e.substring(pass.length())))
                    .as("the indexes await() returned in round %d", round)
                    .containsExactlyInAnyOrder("index 0", "index 1", "index 2", "index 3");
        }
        assertThat(events.stream().filter("action"::equals)).hasSize(ROUNDS);
        assertThat(barrier.waiting()).isZero();
        assertThat(barrier.isBroken()).isFalse();
    }

    private static int indexOfFirst(List<String> events, String prefix) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return events.size();
    }

    @Test
    void abortBreaksTheBarrierForEveryWaiter() {
        Barrier barrier = new Barrier(PARTIES);
        Queue<String> outcomes = new Queue<>();
        children.start(PARTIES - 1, i -> () -> {
            try {
                barrier.await();
                outcomes.put("passed");
            } catch (BrokenBarrierError e) {
                outcomes.put("broken");
            }
        });
        await().atMost(PATIENCE).until(barrier::waiting, n -> n == PARTIES - 1);

        barrier.abort();

        assertThat(take(outcomes, PARTIES - 1)).containsOnly("broken");
        assertThat(barrier.isBroken()).isTrue();
        assertThatThrownBy(barrier::await).as("a wait on a broken barrier").isInstanceOf(BrokenBarrierError.class);
        children.joinAll();
    }

    @Test
    void resetFreesTheWaitersWithAnErrorAndTheBarrierServesAgain() {
        Barrier barrier = new Barrier(PARTIES);
        Queue<String> outcomes = new Queue<>();
        children.start(PARTIES - 1, i -> () -> {
            try {
                barrier.await();
                outcomes.put("passed");
            } catch (BrokenBarrierError e) {
                outcomes.put("broken");
            }
            barrier.await(); // the next round, after the reset
            outcomes.put("passed again");
        });
        await().atMost(PATIENCE).until(barrier::waiting, n -> n == PARTIES - 1);

        barrier.reset();

        assertThat(take(outcomes, PARTIES - 1)).as("the waiters freed by reset()").containsOnly("broken");
        assertThat(barrier.isBroken()).as("a barrier after reset()").isFalse();
        barrier.await();
        assertThat(take(outcomes, PARTIES - 1)).containsOnly("passed again");
        children.joinAll();
    }

    @Test
    void aWaitThatTimesOutBreaksTheBarrierForEveryone() {
        Barrier barrier = new Barrier(PARTIES);
        Queue<String> outcomes = new Queue<>();
        children.start(PARTIES - 2, i -> () -> {
            try {
                barrier.await(ofMillis(500));
                outcomes.put("passed");
            } catch (BrokenBarrierError e) {
                outcomes.put("broken");
            }
        });
        // One party is late: it comes only once the others have given up.
        children.start(() -> {
            while (!barrier.isBroken()) {
                Thread.sleep(5);
            }
            try {
                barrier.await();
                outcomes.put("late one passed");
            } catch (BrokenBarrierError e) {
                outcomes.put("broken");
            }
        });

        assertThat(take(outcomes, PARTIES - 1)).containsOnly("broken");
        assertThatThrownBy(barrier::await).isInstanceOf(BrokenBarrierError.class);
        children.joinAll();
    }

    @Test
    void theDefaultTimeoutAppliesToAwaitWithoutOne() {
        Barrier barrier = new Barrier(2, null, ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(barrier::await).isInstanceOf(BrokenBarrierError.class)
                .hasMessageContaining("timed out");
        assertThat(System.nanoTime() - start).as("nanoseconds the wait lasted").isGreaterThanOrEqualTo(ofMillis(300).toNanos());
        assertThat(barrier.isBroken()).isTrue();
    }

    @Test
    void anActionThatFailsBreaksTheBarrier() {
        Barrier barrier = new Barrier(2, () -> {
            throw new IllegalArgumentException("the action failed");
        }, null);
        Queue<String> outcome = new Queue<>();
        children.start(() -> {
            try {
                barrier.await();
                outcome.put("passed");
            } catch (BrokenBarrierError e) {
                outcome.put("broken");
            }
        });
        await().atMost(PATIENCE).until(barrier::waiting, n -> n == 1);

        assertThatThrownBy(barrier::await).as("the await that ran the failing action")
                .hasMessageContaining("action failed").hasRootCauseMessage("the action failed");
        assertThat(outcome.get(PATIENCE)).as("the other party").isEqualTo("broken");
        assertThat(barrier.isBroken()).isTrue();
        children.joinAll();
    }

    @Test
    void aBarrierOfOnePassesAtOnce() {
        Barrier barrier = new Barrier(1);
        assertThat(barrier.await()).isZero();
        assertThat(barrier.await()).isZero();
        assertThat(barrier.parties()).isEqualTo(1);
        assertThatThrownBy(() -> new Barrier(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
