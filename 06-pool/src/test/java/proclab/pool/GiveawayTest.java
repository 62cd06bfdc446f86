package proclab.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import proclab.mp.AcquirerProxy;
import proclab.mp.Delays;
import proclab.mp.DictProxy;
import proclab.mp.Manager;
import proclab.mp.Process;
import proclab.mp.Target;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 3: readers take mugs from a count in a manager's dict. The manager answers slowly (a pause
 * after each read, at the point dict.get), and the readers begin at the same moment, so that
 * without a working lock two readers are between their read and their write on every run.
 *
 * <p>The README's demo has 100 readers. The tests use fewer: every reader is a JVM of its own, and
 * 100 of them take most of a minute to start on a small machine. Twenty readers who all wait at a
 * start gate lose updates just as surely.
 */
class GiveawayTest {
    private static final int READERS = 20;
    private static final String MUGS = Giveaway.MUGS;

    @BeforeEach
    void slowManager() {
        Delays.set("dict.get", Duration.ofMillis(100));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    @Graded(task = 3, points = 15, hint = "Hold the manager's lock from the moment you get() the count until you"
            + " have put() the new one: try (var held = lock.hold()) { ... }.")
    void claimsLoseNoUpdate() {
        try (Manager manager = new Manager()) {
            DictProxy<String, Integer> stock = manager.dict(Map.of(MUGS, READERS));
            AcquirerProxy lock = manager.lock();
            StartGate gate = new StartGate(READERS);
            List<Process> readers = new ArrayList<>();
            for (int i = 1; i <= READERS; i++) {
                readers.add(Children.named("reader-" + i, reader(gate, stock, lock)));
            }
            Children.runAll(readers);

            for (Process reader : readers) {
                assertThat(reader.exitCode()).as("%s's exit code: it threw an exception, see its error output above",
                        reader.name()).isZero();
            }
            int left = stock.get(MUGS);
            if (left != 0) {
                fail(READERS + " readers each took one mug, but the dict says " + left + " are left: " + left
                        + " updates were lost. " + lostUpdate(Trace.now()).orElse("")
                        + " Read and write the count while you hold the manager's lock.");
            }
        }
    }

    /** A static method, so that the target captures only what it needs, not the test. */
    private static Target reader(StartGate gate, DictProxy<String, Integer> stock, AcquirerProxy lock) {
        return () -> {
            gate.arrive();
            Giveaway.claim(stock, lock);
        };
    }

    /** Two readers that read the same count: the second write overwrote the first. */
    private static Optional<String> lostUpdate(Trace trace) {
        Map<String, Event> firstReadOf = new HashMap<>();
        for (Event read : trace.actions("dict.get")) {
            Event earlier = firstReadOf.putIfAbsent(read.detail(), read);
            if (earlier != null && !earlier.process().equals(read.process())) {
                String count = read.detail().substring(read.detail().lastIndexOf(' ') + 1);
                return Optional.of(earlier.process() + " and " + read.process() + " both read " + count
                        + " (at " + trace.at(earlier) + " and " + trace.at(read) + "), so both wrote the same"
                        + " count back.");
            }
        }
        return Optional.empty();
    }

    @Graded(task = 3, points = 10, hint = "In run(), make the Manager in a try-with-resources block, then the dict"
            + " and the lock with manager.dict(...) and manager.lock(). Start every reader before you join any.")
    void runCountsDownToZeroWithTheManagersLock() {
        int readers = 8;

        int left = Giveaway.run(readers);

        Trace trace = Trace.now();
        assertThat(trace.launches(Trace.MANAGER)).as("the manager processes run() started").hasSize(1);
        assertThat(trace.ownLaunches()).as("the reader processes run() started, one per reader").hasSize(readers);
        for (Event launch : trace.ownLaunches()) {
            checkHeldTheLock(trace, launch.process());
        }
        assertThat(left).as("the mugs left after %d readers took one each from %d", readers, readers).isZero();
    }

    /** Every call the reader made on the dict came while it held the lock. */
    private static void checkHeldTheLock(Trace trace, String reader) {
        List<Event> steps = trace.events().stream().filter(e -> e.process().equals(reader))
                .filter(e -> e.action().startsWith("lock.") || e.action().startsWith("dict.")).toList();
        if (steps.stream().noneMatch(e -> e.action().equals("lock.acquire"))) {
            fail(reader + " never took the manager's lock: " + describe(steps) + ". Take it before you read the count.");
        }
        boolean holding = false;
        for (Event step : steps) {
            switch (step.action()) {
                case "lock.acquire" -> holding = true;
                case "lock.release" -> holding = false;
                default -> {
                    if (!holding) {
                        fail(reader + " called " + step.action() + " at " + trace.at(step) + " without holding the"
                                + " lock (" + describe(steps) + "). Read and write the count while you hold it.");
                    }
                }
            }
        }
    }

    private static String describe(List<Event> steps) {
        return steps.isEmpty() ? "no calls on the lock or the dict"
                : steps.stream().map(Event::action).collect(Collectors.joining(", "));
    }
}
