package proclab.mp;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients killed with -9 in the middle of what they do: the manager goes on serving, what they
 * held is released, and what they were waiting for stays for the living.
 */
class ManagerKilledClientTest {
    private Manager manager;

    @BeforeEach
    void startManager() {
        manager = new Manager();
    }

    @AfterEach
    void shutdownManager() {
        manager.close();
    }

    private static Process started(Target target) {
        Process process = new Process(target);
        process.start();
        return process;
    }

    private static void killAndReap(Process process) {
        process.kill();
        process.join();
        assertThat(process.exitCode()).as("exit code of the killed client").isEqualTo(-9);
    }

    @Test
    void aLockWhoseHolderIsKilledIsReleased() {
        AcquirerProxy lock = manager.lock();
        EventProxy held = manager.event();
        Process holder = started(() -> {
            lock.acquire();
            held.set();
            Thread.sleep(600_000);
        });
        assertThat(held.await(ofSeconds(60))).as("the client took the lock").isTrue();
        assertThat(lock.acquire(false)).as("acquire while the client holds it").isFalse();

        killAndReap(holder);

        assertThat(lock.acquire(ofSeconds(30))).as("acquire after the holder was killed with -9").isTrue();
        lock.release();
    }

    @Test
    void aClientKilledInTheMiddleOfLockedUpdatesLeavesTheManagerUsable() {
        DictProxy<String, Integer> d = manager.dict(Map.of("count", 0));
        AcquirerProxy lock = manager.lock();
        Process client = started(() -> {
            while (true) {
                try (var held = lock.hold()) {
                    d.put("count", d.get("count") + 1);
                }
            }
        });
        await().atMost(ofSeconds(60)).until(() -> d.get("count") >= 200);

        killAndReap(client);

        assertThat(lock.acquire(ofSeconds(30))).as("acquire after the client was killed mid-loop").isTrue();
        try {
            int count = d.get("count");
            d.put("count", count + 1);
            assertThat(d.get("count")).as("an update after the kill").isEqualTo(count + 1);
        } finally {
            lock.release();
        }
    }

    @Test
    void aClientKilledWhileWaitingForTheLockNeverTakesIt() {
        AcquirerProxy lock = manager.lock();
        EventProxy waiting = manager.event();
        lock.acquire();
        Process waiter = started(() -> {
            waiting.set();
            lock.acquire();
        });
        assertThat(waiting.await(ofSeconds(60))).isTrue();

        killAndReap(waiter);
        lock.release();

        assertThat(lock.acquire(ofSeconds(30))).as("acquire after the killed waiter's turn would have come").isTrue();
        lock.release();
    }

    @Test
    void aClientKilledWhileWaitingForAnItemLeavesTheItemInTheQueue() {
        QueueProxy<String> queue = manager.queue();
        EventProxy waiting = manager.event();
        Process consumer = started(() -> {
            waiting.set();
            queue.get();
        });
        assertThat(waiting.await(ofSeconds(60))).isTrue();

        killAndReap(consumer);
        queue.put("for the living");

        assertThat(queue.get(ofSeconds(30))).as("the item put after the waiting consumer was killed")
                .isEqualTo("for the living");
    }

    @Test
    void aClientKilledWhileWaitingForAPermitLeavesThePermit() {
        AcquirerProxy rooms = manager.semaphore(0);
        EventProxy waiting = manager.event();
        Process singer = started(() -> {
            waiting.set();
            rooms.acquire();
        });
        assertThat(waiting.await(ofSeconds(60))).isTrue();

        killAndReap(singer);
        rooms.release();

        assertThat(rooms.acquire(ofSeconds(30))).as("the permit released after the waiting client was killed")
                .isTrue();
    }
}
