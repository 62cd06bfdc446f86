package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static proclab.mp.Children.PATIENCE;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Lock} and {@link RLock}, as CPython's tests state them, across processes. */
class LockTest {
    @RegisterExtension
    final Children children = new Children();

    @Test
    void aLockIsNotReentrantAndReleasingItWhenFreeIsAnError() {
        Lock lock = new Lock();

        assertThat(lock.acquire()).isTrue();
        assertThat(lock.acquire(false)).as("a second acquire(false) by the holder: a Lock is not reentrant").isFalse();
        assertThat(lock.acquire(ofMillis(50))).as("a second acquire(50 ms) by the holder").isFalse();
        lock.release();
        assertThat(lock.isLocked()).isFalse();
        assertThatThrownBy(lock::release).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("released too many times");
    }

    @Test
    void aLockHeldByAChildMakesTheParentWaitUntilItIsReleased() {
        Lock lock = new Lock();
        Event held = new Event();
        Event letGo = new Event();
        children.start(() -> {
            lock.acquire();
            held.set();
            letGo.await();
            lock.release();
        });
        assertThat(held.await(PATIENCE)).as("the child took the lock").isTrue();

        assertThat(lock.acquire(false)).as("acquire(false) while a child holds the lock").isFalse();
        long start = System.nanoTime();
        assertThat(lock.acquire(ofMillis(300))).as("acquire(300 ms) while a child holds the lock").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time acquire(300 ms) waited")
                .isGreaterThanOrEqualTo(ofMillis(300));

        letGo.set();
        assertThat(lock.acquire(PATIENCE)).as("acquire once the child has released the lock").isTrue();
        lock.release();
        children.joinAll();
    }

    @Test
    void holdReleasesTheLockWhenTheBlockEndsEvenByAnException() {
        Lock lock = new Lock();
        try (var held = lock.hold()) {
            assertThat(lock.isLocked()).isTrue();
        }
        assertThat(lock.isLocked()).as("after the try-with-resources block").isFalse();

        assertThatThrownBy(() -> {
            try (var held = lock.hold()) {
                throw new IllegalArgumentException("boom");
            }
        }).hasMessage("boom");
        assertThat(lock.isLocked()).as("after a block that threw").isFalse();
    }

    @Test
    void anyProcessMayReleaseALockAsInPython() {
        Lock lock = new Lock();
        lock.acquire();
        Process releaser = children.start(lock::release);
        assertThat(Children.exitCodeOf(releaser)).as("exit code of the child that released the parent's lock").isZero();
        assertThat(lock.isLocked()).as("the lock after a child released it").isFalse();
    }

    @Test
    void anRLockIsReentrantForItsOwnerAndFreeAfterAsManyReleases() {
        RLock lock = new RLock();
        assertThat(lock.acquire()).isTrue();
        assertThat(lock.acquire()).isTrue();
        assertThat(lock.acquire(false)).isTrue();
        assertThat(lock.toString()).contains(", 3)");
        lock.release();
        lock.release();
        lock.release();
        assertThatThrownBy(lock::release).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot release un-acquired lock");
    }

    @Test
    void anRLockBelongsToOneThreadOfItsProcess() throws Exception {
        RLock lock = new RLock();
        lock.acquire();

        CompletableFuture<Boolean> otherThreadGotIt = CompletableFuture.supplyAsync(() -> lock.acquire(false));
        CompletableFuture<Throwable> otherThreadRelease = CompletableFuture.supplyAsync(() -> {
            try {
                lock.release();
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });

        assertThat(otherThreadGotIt.get()).as("acquire(false) by another thread of the holding process").isFalse();
        assertThat(otherThreadRelease.get()).as("release by another thread of the holding process")
                .isInstanceOf(IllegalStateException.class);
        lock.release();
    }

    @Test
    void anRLockHeldByTheParentCannotBeReleasedOrTakenByAChild() {
        RLock lock = new RLock();
        Queue<String> seen = new Queue<>();
        lock.acquire();
        lock.acquire();
        children.start(() -> {
            seen.put("acquire(false)=" + lock.acquire(false));
            try {
                lock.release();
                seen.put("release succeeded");
            } catch (IllegalStateException e) {
                seen.put("release refused");
            }
        });

        assertThat(seen.get(PATIENCE)).isEqualTo("acquire(false)=false");
        assertThat(seen.get(PATIENCE)).as("a child releasing the parent's RLock").isEqualTo("release refused");
        children.joinAll();
        lock.release();
        lock.release();
    }

    @Test
    void anRLockIsFreeForOthersOnlyOnceReleasedAsOftenAsAcquired() {
        RLock lock = new RLock();
        Event twice = new Event();
        Event releaseOnce = new Event();
        Event releasedOnce = new Event();
        Event releaseAgain = new Event();
        children.start(() -> {
            lock.acquire();
            lock.acquire();
            twice.set();
            releaseOnce.await();
            lock.release();
            releasedOnce.set();
            releaseAgain.await();
            lock.release();
        });
        assertThat(twice.await(PATIENCE)).isTrue();
        releaseOnce.set();
        assertThat(releasedOnce.await(PATIENCE)).isTrue();
        assertThat(lock.acquire(false)).as("acquire(false) after the child released one of its two levels").isFalse();

        releaseAgain.set();
        assertThat(lock.acquire(PATIENCE)).as("acquire after the child released both levels").isTrue();
        lock.release();
        children.joinAll();
    }
}
