package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static proclab.mp.Children.PATIENCE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;
import proclab.testkit.TimelineOnFailure;

/**
 * The timeline: one event per action, from every process, in an order that never contradicts
 * what happened (a put before its get, a release before the acquire it allowed).
 */
@ExtendWith(TimelineOnFailure.class)
class TimelineTest {
    @RegisterExtension
    final Children children = new Children();

    /** The events of the one shared object of a kind that a test made: "Lock#", "RLock#", "Queue#". */
    private static List<Event> of(List<Event> events, String kind, String actionPrefix) {
        return events.stream().filter(e -> e.action().startsWith(actionPrefix) && e.detail().startsWith(kind)).toList();
    }

    @Test
    void aSmallScenarioRecordsEveryActionInAValidOrder() {
        Lock lock = new Lock();
        Queue<String> queue = new Queue<>();
        Semaphore ready = new Semaphore(0);
        proclab.mp.Event go = new proclab.mp.Event();
        Process worker = children.start("worker", () -> {
            ready.release();
            go.await();
            try (var held = lock.hold()) {
                queue.put("job done");
            }
        });
        assertThat(ready.acquire(PATIENCE)).isTrue();
        go.set();
        assertThat(queue.get(PATIENCE)).isEqualTo("job done");
        children.joinAll();

        List<Event> events = TimelineFile.current();
        Map<String, Event> seen = new HashMap<>();
        events.stream()
                .filter(e -> e.process().equals("worker") || e.action().startsWith("sem.") || e.action().startsWith("event.")
                        || e.action().startsWith("queue."))
                .forEach(e -> seen.merge(e.process() + " " + e.action(), e, (a, b) -> {
                    throw new AssertionError("two events " + a + " and " + b);
                }));
        String shown = TimelineFile.format(events, 40);
        assertThat(seen.keySet()).as("the scenario's events:\n%s", shown).containsExactlyInAnyOrder(
                "worker launch", "worker start", "worker sem.release", "MainProcess sem.acquire", "MainProcess event.set",
                "worker event.wait", "worker lock.acquire", "worker queue.put", "worker lock.release",
                "MainProcess queue.get", "worker exit");
        // What must come before what: the worker's own order, and each hand-over between the two processes.
        List<List<String>> chains = List.of(
                List.of("worker launch", "worker start", "worker sem.release", "worker event.wait", "worker lock.acquire",
                        "worker queue.put", "worker lock.release", "worker exit"),
                List.of("worker sem.release", "MainProcess sem.acquire", "MainProcess event.set", "worker event.wait"),
                List.of("worker queue.put", "MainProcess queue.get"));
        for (List<String> chain : chains) {
            for (int i = 1; i < chain.size(); i++) {
                assertThat(seen.get(chain.get(i - 1)).nanos()).as("'%s' comes before '%s' in the timeline:\n%s",
                        chain.get(i - 1), chain.get(i), shown).isLessThan(seen.get(chain.get(i)).nanos());
            }
        }
        assertThat(events).filteredOn(e -> e.process().equals("worker"))
                .as("the worker's events carry its pid").allSatisfy(e -> assertThat(e.pid()).isEqualTo(worker.pid()));
        assertThat(events).filteredOn(e -> e.action().equals("exit")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("code=0"));
        assertThat(events).filteredOn(e -> e.action().equals("queue.put")).singleElement()
                .satisfies(e -> assertThat(e.detail()).matches("Queue#\\d+ job done"));
        assertThat(events).filteredOn(e -> e.action().equals("event.wait")).singleElement()
                .satisfies(e -> assertThat(e.detail()).endsWith(" set"));
    }

    @Test
    void aReleaseAlwaysComesBeforeTheAcquireItAllowed() {
        Lock lock = new Lock();
        RLock rlock = new RLock();
        Semaphore semaphore = new Semaphore(2);
        proclab.mp.Event go = new proclab.mp.Event();
        // Hold each for a millisecond, so that the others queue up for it.
        Delays.set("lock.acquire", ofMillis(1));
        Delays.set("sem.acquire", ofMillis(1));
        try {
            children.start(4, i -> () -> {
                go.await();
                for (int round = 0; round < 25; round++) {
                    try (var held = lock.hold()) {
                        try (var inner = rlock.hold()) {
                            rlock.acquire(); // once more, reentrant: one acquire and one release in the timeline
                            rlock.release();
                        }
                    }
                    semaphore.acquire();
                    semaphore.release();
                }
            });
        } finally {
            Delays.clear();
        }
        go.set();
        children.joinAll();
        List<Event> events = TimelineFile.current();

        for (String kind : List.of("Lock#", "RLock#")) {
            List<Event> onIt = of(events, kind, "lock.");
            assertThat(onIt).as("acquires and releases of the %s", kind).hasSize(4 * 25 * 2);
            for (int i = 0; i < onIt.size(); i++) {
                Event e = onIt.get(i);
                String expected = i % 2 == 0 ? "lock.acquire" : "lock.release";
                assertThat(e.action()).as("event %d of the %s: acquires and releases must alternate:\n%s", i, kind,
                        TimelineFile.format(onIt.subList(Math.max(0, i - 5), Math.min(onIt.size(), i + 5)), 10))
                        .isEqualTo(expected);
                if (i % 2 == 1) {
                    assertThat(e.pid()).as("the release at %d is by the process that acquired", i)
                            .isEqualTo(onIt.get(i - 1).pid());
                }
            }
        }

        int held = 0;
        int most = 0;
        for (Event e : events) {
            if (e.action().equals("sem.acquire")) {
                held++;
            } else if (e.action().equals("sem.release")) {
                held--;
            }
            most = Math.max(most, held);
            assertThat(held).as("permits held after %s: a semaphore of 2 never lends more", e).isBetween(0, 2);
        }
        assertThat(held).as("permits held at the end").isZero();
        assertThat(most).as("the most permits ever held at once").isPositive();
    }

    @Test
    void aPutAlwaysComesBeforeItsGet() {
        Queue<String> queue = new Queue<>(8);
        SimpleQueue<Integer> counts = new SimpleQueue<>();
        int producers = 2;
        int consumers = 2;
        int perProducer = 300;
        List<Process> producing = children.start(producers, p -> () -> {
            for (int i = 0; i < perProducer; i++) {
                queue.put(p + "-" + i);
            }
        });
        children.start(consumers, c -> () -> {
            int got = 0;
            for (String item = queue.get(); !item.equals("stop"); item = queue.get()) {
                got++;
            }
            counts.put(got);
        });
        for (Process producer : producing) {
            assertThat(Children.exitCodeOf(producer)).isZero();
        }
        int total = 0;
        for (int c = 0; c < consumers; c++) {
            queue.put("stop");
        }
        for (int c = 0; c < consumers; c++) {
            total += counts.get();
        }
        children.joinAll();
        assertThat(total).isEqualTo(producers * perProducer);

        Map<String, Long> putAt = new HashMap<>();
        List<String> violations = new ArrayList<>();
        for (Event e : of(TimelineFile.current(), "Queue#", "queue.")) {
            String item = e.detail().substring(e.detail().indexOf(' ') + 1);
            if (e.action().equals("queue.put")) {
                putAt.put(item, e.nanos());
            } else if (!putAt.containsKey(item) || putAt.get(item) > e.nanos()) {
                violations.add(item + " got at " + e.nanos() + ", put at " + putAt.get(item));
            }
        }
        assertThat(putAt).as("distinct items put, in the timeline").hasSize(producers * perProducer + 1);
        assertThat(violations).as("items whose get does not come after their put in the timeline").isEmpty();
    }

    @Test
    void childrenInheritTheTimelineAndTheirExitCodesAreRecorded() {
        Process sleeper = children.start("sleeper", () -> Thread.sleep(600_000));
        Process starter = children.start("starter", () -> {
            Process grandchild = new Process("grandchild", () -> Timeline.record("note", "hello from below"));
            grandchild.start();
            grandchild.join();
            System.exit(3);
        });
        assertThat(Children.exitCodeOf(starter)).isEqualTo(3);
        sleeper.kill();
        assertThat(Children.exitCodeOf(sleeper)).isEqualTo(-9);

        List<Event> events = TimelineFile.current();
        assertThat(events).filteredOn(e -> e.action().equals("note"))
                .singleElement().satisfies(e -> {
                    assertThat(e.process()).isEqualTo("grandchild");
                    assertThat(e.detail()).isEqualTo("hello from below");
                });
        assertThat(events.stream().filter(e -> e.action().equals("exit")).map(e -> e.process() + " " + e.detail()))
                .containsExactlyInAnyOrder("grandchild code=0", "starter code=3", "sleeper code=-9");
    }

    @Test
    void theParentRecordsTheLaunchBeforeTheChildStartsAndAfterTheLastOneEnded() {
        Process first = children.start("first", () -> { });
        first.join();
        Process second = children.start("second", () -> { });
        second.join();

        List<Event> events = TimelineFile.current();
        assertThat(events.stream().filter(TimelineFile.actions("launch", "start", "exit"))
                .map(e -> e.process() + " " + e.action()))
                .as("the process events in time order").containsExactly(
                        "first launch", "first start", "first exit", "second launch", "second start", "second exit");
        assertThat(events).filteredOn(e -> e.action().equals("launch")).first().satisfies(launch -> {
            assertThat(launch.pid()).as("the pid of the launch event").isEqualTo(first.pid());
            assertThat(launch.detail()).isEqualTo("by MainProcess");
        });
    }

    @Test
    void nothingIsRecordedWhenTheTimelineIsOff(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("timeline.tsv");
        Timeline.recordTo(file);
        new Lock().acquire();
        Timeline.stop();
        assertThat(Timeline.isRecording()).isFalse();
        new Lock().acquire();
        Timeline.record("ignored", "while off");

        assertThat(Files.readAllLines(file)).singleElement().asString().contains("\tlock.acquire\tLock#");
    }
}
