package proclab.lock;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import proclab.mp.Delays;
import proclab.mp.Process;
import proclab.mp.Timeline;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 5: a mutex of your own, on a file lock. Four clerks hand out ticket numbers from one counter
 * file, all starting at the same moment; and a holder that is killed must not keep the mutex.
 */
class FileMutexTest {
    private static final int CLERKS = 4;
    private static final int NUMBERS_EACH = 10;

    @TempDir
    Path dir;

    @BeforeEach
    void slowCounter() {
        Delays.set("counter.read", ofMillis(40));
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    @Graded(task = 5, points = 12, hint = "acquire() opens a FileChannel on the lock file and calls lock(), which waits"
            + " for other processes; keep the channel open until release(). In next(), read and write the counter"
            + " between acquire() and release().")
    void everyTicketNumberIsHandedOutOnce() {
        CounterFile counter = CounterFile.create(dir.resolve("counter.txt").toString(), 0);
        String lockFile = dir.resolve("counter.lock").toString();
        StartGate gate = new StartGate(CLERKS);
        List<Process> clerks = new ArrayList<>();
        for (int i = 1; i <= CLERKS; i++) {
            clerks.add(Children.named("clerk-" + i, () -> {
                FileMutex mutex = new FileMutex(lockFile);
                gate.arrive();
                for (int n = 0; n < NUMBERS_EACH; n++) {
                    Timeline.record("test.number", String.valueOf(TicketNumbers.next(counter, mutex)));
                }
            }));
        }

        OfficeRun.Outcome run = OfficeRun.of(() -> Children.startAndJoin(clerks));

        RunChecks.ranCleanly(run, "the clerks", Set.of());
        Trace trace = run.trace();
        int total = CLERKS * NUMBERS_EACH;
        Map<Integer, List<Event>> handedOut = new HashMap<>();
        for (Event e : trace.actions("test.number")) {
            handedOut.computeIfAbsent(Integer.parseInt(e.detail()), n -> new ArrayList<>()).add(e);
        }
        for (int number = 1; number <= total; number++) {
            List<Event> twice = handedOut.getOrDefault(number, List.of());
            if (twice.size() > 1) {
                fail("Ticket number " + number + " was handed out " + twice.size() + " times, by "
                        + Trace.names(twice.stream().map(Event::process).collect(Collectors.toList())) + ": "
                        + readersOf(trace, number - 1) + ". The counter lost updates.");
            }
        }
        List<Integer> expected = IntStream.rangeClosed(1, total).boxed().collect(Collectors.toList());
        List<Integer> got = handedOut.keySet().stream().sorted().collect(Collectors.toList());
        if (!got.equals(expected) || counter.value() != total) {
            fail(CLERKS + " clerks took " + NUMBERS_EACH + " numbers each, so the numbers should be 1 to " + total
                    + " and the counter should end at " + total + ". The numbers were " + got
                    + " and the counter ended at " + counter.value() + ".");
        }
    }

    /** Who read {@code value} from the counter, and when: the evidence of a lost update. */
    private static String readersOf(Trace trace, int value) {
        List<String> reads = trace.actions("counter.read").stream()
                .filter(e -> e.detail().equals("value=" + value))
                .map(e -> e.process() + " at " + trace.at(e))
                .collect(Collectors.toList());
        return Trace.names(reads) + " all read value=" + value + " before any of them wrote the next value";
    }

    @Graded(task = 5, points = 8, hint = "Build the mutex on FileChannel.lock(): the operating system frees such a lock"
            + " when its process dies. A lock file that you create and delete yourself stays behind after a crash.")
    void aKilledHolderDoesNotBlockTheFileMutex() {
        String lockFile = dir.resolve("office.lock").toString();
        Process holder = Children.named("holder", () -> {
            FileMutex mutex = new FileMutex(lockFile);
            mutex.acquire();
            Timeline.record("test.holding", "");
            while (true) {
                LockSupport.park(); // holds the mutex until the test kills this process
            }
        });
        Process waiter = Children.named("waiter", () -> {
            FileMutex mutex = new FileMutex(lockFile);
            Timeline.record("test.waiting", "");
            mutex.acquire();
            Timeline.record("test.acquired", "");
            mutex.release();
        });
        try {
            holder.start();
            awaitEvent(holder, "test.holding", "the holder to acquire the FileMutex");
            waiter.start();
            awaitEvent(waiter, "test.waiting", "the waiter to start");
            try {
                await().pollInterval(ofMillis(50)).during(ofSeconds(1)).atMost(ofSeconds(10))
                        .until(() -> event("waiter", "test.acquired").isEmpty());
            } catch (ConditionTimeoutException e) {
                fail("The waiter got the FileMutex while the holder still held it: acquire() must wait until"
                        + " no other process holds the mutex.");
            }

            holder.kill();
            holder.join();
            try {
                await().pollInterval(ofMillis(50)).atMost(ofSeconds(30))
                        .until(() -> event("waiter", "test.acquired").isPresent() || !waiter.isAlive());
            } catch (ConditionTimeoutException e) {
                fail("The holder was killed, yet the waiter waited 30 s and never got the FileMutex: a mutex"
                        + " whose holder died blocks everyone after it.");
            }
            waiter.join(ofSeconds(30));
            if (event("waiter", "test.acquired").isEmpty() || !Integer.valueOf(0).equals(waiter.exitCode())) {
                Children.rethrowTodo();
                fail("The waiter ended with exit code " + waiter.exitCode() + " without getting the FileMutex.");
            }
        } finally {
            for (Process p : List.of(holder, waiter)) {
                if (p.pid() != null && p.isAlive()) {
                    p.kill();
                    p.join();
                }
            }
        }
    }

    /** Waits until {@code process} records {@code action}; fails if it ends first. */
    private static void awaitEvent(Process process, String action, String what) {
        try {
            await().pollInterval(ofMillis(50)).atMost(ofSeconds(60))
                    .until(() -> event(process.name(), action).isPresent() || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            fail("The test waited 60 s for " + what + ", which never happened.");
        }
        if (event(process.name(), action).isEmpty()) {
            process.join();
            Children.rethrowTodo();
            fail("The test waited for " + what + ", but the " + process.name() + " process ended first, with exit"
                    + " code " + process.exitCode() + ": an exception in FileMutex (see the test output).");
        }
    }

    private static Optional<Event> event(String process, String action) {
        return TimelineFile.current().stream()
                .filter(e -> e.process().equals(process) && e.action().equals(action)).findFirst();
    }
}
