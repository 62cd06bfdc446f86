package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static proclab.mp.Children.PATIENCE;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineOnFailure;

/** {@link Queue}, {@link SimpleQueue} and {@link JoinableQueue}, as CPython's {@code _TestQueue} states them. */
@ExtendWith(TimelineOnFailure.class)
class QueueTest {
    @RegisterExtension
    final Children children = new Children();

    /** Runs {@code call}, checks that it fails with {@code expected}, and returns how long it took. */
    private static Duration timedFailure(Runnable call, Class<? extends RuntimeException> expected) {
        long start = System.nanoTime();
        assertThatThrownBy(call::run).isInstanceOf(expected);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aFullQueueRefusesPutsThatCannotWaitAndTimesOutThoseThatCan() {
        Queue<Integer> queue = new Queue<>(6);
        assertThat(queue.empty()).isTrue();
        assertThat(queue.full()).isFalse();
        for (int i = 1; i <= 5; i++) {
            queue.put(i);
        }
        queue.putNowait(6);
        assertThat(queue.empty()).isFalse();
        assertThat(queue.full()).isTrue();
        assertThat(queue.qsize()).isEqualTo(6);

        assertThat(timedFailure(() -> queue.putNowait(7), Full.class)).isLessThan(ofMillis(250));
        assertThat(timedFailure(() -> queue.put(7, Duration.ZERO), Full.class)).isLessThan(ofMillis(250));
        assertThat(timedFailure(() -> queue.put(7, ofMillis(300)), Full.class)).as("time put(300 ms) waited")
                .isGreaterThanOrEqualTo(ofMillis(300));
        assertThatThrownBy(() -> queue.putNowait(7)).hasMessageContaining("is full").hasMessageContaining("6 items");

        Process child = children.start(() -> {
            for (int i = 0; i < 6; i++) {
                queue.get();
            }
        });
        assertThat(Children.exitCodeOf(child)).isZero();
        assertThat(queue.empty()).isTrue();
        assertThat(queue.full()).isFalse();
    }

    @Test
    void anEmptyQueueRefusesGetsThatCannotWaitAndTimesOutThoseThatCan() {
        Queue<Integer> queue = new Queue<>();
        assertThat(timedFailure(queue::getNowait, Empty.class)).isLessThan(ofMillis(250));
        assertThat(timedFailure(() -> queue.get(Duration.ZERO), Empty.class)).isLessThan(ofMillis(250));
        assertThatThrownBy(queue::getNowait).hasMessageContaining("is empty");
        assertThatThrownBy(() -> queue.get(ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);

        children.start(() -> {
            for (int i = 1; i <= 5; i++) {
                queue.put(i);
            }
        });
        children.joinAll();
        assertThat(List.of(queue.get(), queue.get(PATIENCE), queue.get(Duration.ZERO), queue.getNowait(), queue.getNowait()))
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aGetOf200msOnAnEmptyQueueRaisesEmptyAfterWaitingThatLong() {
        Queue<String> queue = new Queue<>();
        Duration waited = timedFailure(() -> queue.get(ofMillis(200)), Empty.class);
        assertThat(waited).as("time get(200 ms) waited on an empty queue").isGreaterThanOrEqualTo(ofMillis(200));
    }

    @Test
    void aQueueOfThreeBlocksTheFourthPutUntilAGet() {
        Queue<Integer> queue = new Queue<>(3);
        Event fourthPutDone = new Event();
        children.start(() -> {
            for (int i = 1; i <= 4; i++) {
                queue.put(i);
            }
            fourthPutDone.set();
        });
        await().atMost(PATIENCE).until(queue::full);
        assertThat(fourthPutDone.await(ofMillis(500))).as("the 4th put returned while the queue of 3 was full").isFalse();
        assertThat(queue.qsize()).isEqualTo(3);

        assertThat(queue.get()).isEqualTo(1);

        assertThat(fourthPutDone.await(PATIENCE)).as("the 4th put, once a get made room").isTrue();
        assertThat(List.of(queue.get(), queue.get(), queue.get())).containsExactly(2, 3, 4);
        List<TimelineFile.Event> events = TimelineFile.current();
        long firstGet = stampOf(events, "queue.get", " 1");
        long fourthPut = stampOf(events, "queue.put", " 4");
        assertThat(fourthPut).as("in the timeline, the 4th put comes after the first get").isGreaterThan(firstGet);
        children.joinAll();
    }

    private static long stampOf(List<TimelineFile.Event> events, String action, String detailEnd) {
        return events.stream().filter(e -> e.action().equals(action) && e.detail().endsWith(detailEnd))
                .mapToLong(TimelineFile.Event::nanos).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " ending in '" + detailEnd + "' in " + events));
    }

    @Test
    void itemsComeOutInTheOrderTheyWentInFromEveryProcess() {
        Queue<Integer> queue = new Queue<>();
        for (int i = 0; i < 10; i++) {
            queue.put(i);
        }
        children.start(() -> {
            for (int i = 10; i < 20; i++) {
                queue.put(i);
            }
        });
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            got.add(queue.get(PATIENCE));
        }
        assertThat(got).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
        assertThatThrownBy(queue::getNowait).isInstanceOf(Empty.class);
        children.joinAll();
    }

    @Test
    void qsizeCountsTheItemsInTheQueue() {
        Queue<Integer> queue = new Queue<>();
        assertThat(queue.qsize()).isZero();
        queue.put(1);
        assertThat(queue.qsize()).isEqualTo(1);
        queue.put(5);
        assertThat(queue.qsize()).isEqualTo(2);
        queue.get();
        assertThat(queue.qsize()).isEqualTo(1);
        queue.get();
        assertThat(queue.qsize()).isZero();
        assertThat(queue.toString()).contains("qsize=0");
    }

    record Point(int x, String label) implements Serializable {
    }

    @Test
    void everyKindOfItemTravelsToAnotherProcessAndBack() {
        Queue<Object> there = new Queue<>();
        Queue<Object> back = new Queue<>();
        byte[] large = new byte[2 << 20]; // larger than a quarter of the queue: it travels in a file
        Arrays.fill(large, (byte) 42);
        List<Object> items = Arrays.asList(null, 7, 1L << 40, 2.5, true, 'é', "héllo", new byte[] {1, 2, 3},
                new Point(3, "p"), new ArrayList<>(List.of("a", "b")), large);
        int count = items.size();
        children.start(() -> {
            for (int i = 0; i < count; i++) {
                back.put(there.get());
            }
        });
        for (Object item : items) {
            there.put(item);
        }
        List<Object> returned = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            returned.add(back.get(PATIENCE));
        }
        assertThat(returned).usingElementComparator((a, b) -> Objects.deepEquals(a, b) ? 0 : 1)
                .containsExactlyElementsOf(items);
        children.joinAll();
    }

    /** Item {@code i}: its number and a tail whose length varies, so that items end all over the buffer. */
    private static String varied(int i) {
        return i + ":" + "x".repeat(i * 37 % 700);
    }

    @Test
    void itemsThatWrapAroundTheEndOfTheBufferArriveWhole() {
        Queue<String> queue;
        System.setProperty("proclab.mp.queueBytes", "4096"); // the smallest buffer: it wraps every few items
        try {
            queue = new Queue<>();
        } finally {
            System.clearProperty("proclab.mp.queueBytes");
        }
        int count = 3_000;
        children.start(() -> {
            for (int i = 0; i < count; i++) {
                queue.put(varied(i));
            }
        });
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!queue.get(PATIENCE).equals(varied(i))) {
                wrong.add(i);
            }
        }
        assertThat(wrong).as("items that came out different from what went in, through a buffer of 4096 bytes").isEmpty();
        children.joinAll();
    }

    @Test
    void anItemThatCannotBeSerializedFailsInPutNamingItsTypeAndTheQueueGoesOn() {
        Queue<Object> queue = new Queue<>();
        assertThatThrownBy(() -> queue.put(new Thread())).isInstanceOf(SerializationException.class)
                .hasMessageContaining("java.lang.Thread");
        queue.put(true);
        assertThat(queue.get(PATIENCE)).as("the next item after the one that could not be put").isEqualTo(true);
        assertThat(queue.qsize()).isZero();
    }

    @Test
    void aClosedQueueRefusesPutAndGetInThisProcessOnly() {
        Queue<String> queue = new Queue<>();
        JoinableQueue<String> joinable = new JoinableQueue<>();
        for (Queue<String> q : List.of(queue, joinable)) {
            q.close();
            assertThatThrownBy(() -> q.put("foo")).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
            assertThatThrownBy(q::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        }
        Queue<String> results = new Queue<>();
        children.start(() -> {
            queue.put("a child's queue is open");
            results.put(queue.get());
        });
        assertThat(results.get(PATIENCE)).isEqualTo("a child's queue is open");
        children.joinAll();
    }

    @Test
    void putNowaitWaitsForAnotherProcessToFinishItsPutRatherThanFail() {
        Queue<String> queue = new Queue<>(10);
        // The child stops in the middle of its put, holding the queue's write lock, for a while.
        Process slowWriter = children.start("slow-writer", () -> {
            Delays.set("ring.write", ofMillis(500));
            queue.put("slow");
        });
        await().atMost(PATIENCE).until(() -> TimelineFile.current().stream()
                .anyMatch(e -> e.process().equals("slow-writer") && e.action().equals("delay")));

        queue.putNowait("quick");

        assertThat(List.of(queue.get(PATIENCE), queue.get(PATIENCE))).containsExactly("slow", "quick");
        assertThat(Children.exitCodeOf(slowWriter)).isZero();
    }

    @Test
    void aSimpleQueuePassesItemsBetweenProcesses() {
        SimpleQueue<String> queue = new SimpleQueue<>();
        assertThat(queue.empty()).isTrue();
        children.start(() -> {
            queue.put("one");
            queue.put("two");
        });
        assertThat(List.of(queue.get(), queue.get())).containsExactly("one", "two");
        assertThat(queue.empty()).isTrue();
        children.joinAll();
        queue.close();
        assertThatThrownBy(() -> queue.put("three")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void joinReturnsOnceEveryItemIsDone() {
        JoinableQueue<Integer> queue = new JoinableQueue<>();
        Value<Integer> done = Value.of(0);
        // As in CPython's test_task_done: four workers, ten items, a None (here null) to stop each.
        children.start(4, w -> () -> {
            for (Integer item = queue.get(); item != null; item = queue.get()) {
                try (var held = done.getLock().hold()) {
                    done.set(done.get() + 1);
                }
                queue.taskDone();
            }
            queue.taskDone();
        });
        for (int i = 0; i < 10; i++) {
            queue.put(i);
        }

        queue.join();

        assertThat(done.get()).as("items done when join() returned").isEqualTo(10);
        for (int w = 0; w < 4; w++) {
            queue.put(null);
        }
        children.joinAll();
        queue.join();
    }

    @Test
    void taskDoneMoreOftenThanItemsPutIsAnError() {
        JoinableQueue<String> queue = new JoinableQueue<>();
        queue.put("only");
        queue.get();
        queue.taskDone();
        assertThatThrownBy(queue::taskDone).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("called too many times");
        queue.join();
    }

    @Test
    void aPutThatTimesOutIsNotCountedAsUnfinished() {
        JoinableQueue<String> queue = new JoinableQueue<>(1);
        queue.put("in");
        assertThatThrownBy(() -> queue.put("out", ofMillis(50))).isInstanceOf(Full.class);
        queue.get();
        queue.taskDone();
        Process joiner = children.start(queue::join);
        assertThat(Children.exitCodeOf(joiner)).as("exit code of a child whose join() must return at once").isZero();
    }

    @Test
    void aQueueCreatedInAChildIsUsableByItsParent() {
        Queue<Queue<String>> handover = new Queue<>();
        Event received = new Event();
        children.start(() -> {
            Queue<String> made = new Queue<>(2);
            made.put("made in the child");
            handover.put(made);
            received.await();
            made.put("and more");
        });
        Queue<String> made = handover.get(PATIENCE);
        assertThat(made.get(PATIENCE)).isEqualTo("made in the child");
        received.set();
        assertThat(made.get(PATIENCE)).isEqualTo("and more");
        children.joinAll();
    }
}
