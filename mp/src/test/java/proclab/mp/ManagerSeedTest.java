package proclab.mp;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's scenario: a count of 100 in a manager dict, and 100 processes that each take one
 * from it. Every process connects to the manager first; then a start gate lets them all go at
 * once, and a delay after each read widens the window between read and write, so that a missing
 * lock loses updates on every run.
 */
class ManagerSeedTest {
    @AfterEach
    void clearDelays() {
        Delays.clear();
    }

    /**
     * Starts {@code processes} processes that each run {@code connect}, wait until all have, then
     * run {@code work}; waits for them all to end normally.
     */
    private static void runAllAtOnce(int processes, Target connect, Target work) {
        Semaphore ready = new Semaphore(0);
        Event gate = new Event();
        List<Process> started = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                Process process = new Process(() -> {
                    connect.run();
                    ready.release();
                    gate.await();
                    work.run();
                });
                process.start();
                started.add(process);
            }
            for (int i = 1; i <= processes; i++) {
                assertThat(ready.acquire(ofSeconds(120))).as("%d of %d processes ready", i, processes).isTrue();
            }
            gate.set();
            for (Process process : started) {
                process.join(ofSeconds(120));
                assertThat(process.exitCode()).as("exit code of %s (its stderr above says why if not 0)", process.name())
                        .isZero();
            }
        } finally {
            started.stream().filter(Process::isAlive).forEach(Process::kill);
            started.forEach(Process::join);
        }
    }

    @Test
    void aHundredProcessesEachTakeOneUnderAManagerLockAndTheCountEndsAtZero() {
        try (Manager manager = new Manager()) {
            assertLockedDecrementsEndAtZero(manager, manager.lock(), 100);
        }
    }

    /** As the tutorial has it: a manager's dict, guarded by a lock that is not the manager's. */
    @Test
    void anMpLockGuardsAManagerDictAsWell() {
        try (Manager manager = new Manager()) {
            assertLockedDecrementsEndAtZero(manager, new Lock(), 30);
        }
    }

    private static void assertLockedDecrementsEndAtZero(Manager manager, Acquirable lock, int processes) {
        Delays.set("dict.get", ofMillis(5));
        DictProxy<String, Integer> d = manager.dict(Map.of("count", processes));

        runAllAtOnce(processes, () -> d.containsKey("count"), () -> {
            try (var held = lock.hold()) {
                d.put("count", d.get("count") - 1);
            }
        });

        Delays.clear();
        assertThat(d.get("count")).as("the count after %d locked decrements from %d", processes, processes).isZero();
    }

    @Test
    void withoutALockTheProcessesOverwriteEachOthersUpdates() {
        Duration window = ofMillis(1000);
        Delays.set("dict.get", window);
        try (Manager manager = new Manager()) {
            DictProxy<String, Integer> d = manager.dict(Map.of("count", 20));

            runAllAtOnce(20, () -> d.containsKey("count"), () -> d.put("count", d.get("count") - 1));

            Delays.clear();
            assertThat(d.get("count"))
                    .as("the count after 20 unlocked decrements from 20, each read held %d ms before its write:"
                            + " processes that read the same count wrote the same result", window.toMillis())
                    .isPositive();
        }
    }
}
