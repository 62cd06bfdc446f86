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
 * from it. A start gate lets them all go at once, and a delay after each read widens the window
 * between read and write, so that a missing lock loses updates on every run.
 */
class ManagerSeedTest {
    @AfterEach
    void clearDelays() {
        Delays.clear();
    }

    /** Starts one process per target, opens the gate, and waits for them all to end normally. */
    private static void runAllAtOnce(Event gate, List<Target> targets) {
        List<Process> processes = new ArrayList<>();
        try {
            for (Target target : targets) {
                Process process = new Process(target);
                process.start();
                processes.add(process);
            }
            gate.set();
            for (Process process : processes) {
                process.join(ofSeconds(120));
                assertThat(process.exitCode()).as("exit code of %s (its stderr above says why if not 0)", process.name())
                        .isZero();
            }
        } finally {
            processes.stream().filter(Process::isAlive).forEach(Process::kill);
            processes.forEach(Process::join);
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
        Event gate = new Event();
        List<Target> workers = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            workers.add(() -> {
                gate.await();
                try (var held = lock.hold()) {
                    d.put("count", d.get("count") - 1);
                }
            });
        }

        runAllAtOnce(gate, workers);

        Delays.clear();
        assertThat(d.get("count")).as("the count after %d locked decrements from %d", processes, processes).isZero();
    }

    @Test
    void withoutALockTheProcessesOverwriteEachOthersUpdates() {
        Duration window = ofMillis(1000);
        Delays.set("dict.get", window);
        try (Manager manager = new Manager()) {
            DictProxy<String, Integer> d = manager.dict(Map.of("count", 20));
            Event gate = new Event();
            List<Target> workers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                workers.add(() -> {
                    gate.await();
                    d.put("count", d.get("count") - 1);
                });
            }

            runAllAtOnce(gate, workers);

            Delays.clear();
            assertThat(d.get("count"))
                    .as("the count after 20 unlocked decrements from 20, each read held %d ms before its write:"
                            + " processes that read the same count wrote the same result", window.toMillis())
                    .isPositive();
        }
    }
}
