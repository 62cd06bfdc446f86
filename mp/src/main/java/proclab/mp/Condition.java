package proclab.mp;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

import proclab.mp.internal.Arena;
import proclab.mp.internal.Backoff;
import proclab.mp.internal.ProcessToken;
import proclab.mp.internal.Segment;

/**
 * Waiting for a state that other processes change: Python's {@code multiprocessing.Condition}.
 * Hold its lock, check the state, and {@link #await()} while it is not what you need; whoever
 * changes the state notifies the waiters while holding the lock.
 *
 * <p>Java's {@code Object} already owns {@code wait}, {@code notify} and {@code notifyAll}, so
 * Python's {@code wait()}, {@code wait_for()}, {@code notify()} and {@code notify_all()} are
 * {@link #await()}, {@link #awaitFor}, {@link #notifyOne()} / {@link #notify(int)} and
 * {@link #notifyAllWaiters()}.
 *
 * <p>Each waiter has a slot in shared memory; a notification marks the oldest waiting slots, so
 * waiters are woken in the order they began to wait. At most {@value #MAX_WAITERS} processes may
 * wait at once.
 */
public final class Condition implements Acquirable, Serializable {
    private static final long serialVersionUID = 1L;
    static final int MAX_WAITERS = 64;
    private static final int NEXT_TICKET = 0;
    private static final int SLOTS = 64;
    private static final int SLOT_SIZE = 24;
    private static final long FREE = 0;
    private static final long WAITING = 1;
    private static final long NOTIFIED = 2;

    private final Acquirable lock;
    private final Segment memory = Arena.allocate(SLOTS + MAX_WAITERS * SLOT_SIZE);
    private final String name = SharedName.next("Condition");

    /** A condition with a new {@link RLock}, as in Python. */
    public Condition() {
        this(new RLock());
    }

    public Condition(Lock lock) {
        this.lock = lock;
    }

    public Condition(RLock lock) {
        this.lock = lock;
    }

    @Override
    public boolean acquire() {
        return lock.acquire();
    }

    @Override
    public boolean acquire(boolean block) {
        return lock.acquire(block);
    }

    @Override
    public boolean acquire(Duration timeout) {
        return lock.acquire(timeout);
    }

    @Override
    public void release() {
        lock.release();
    }

    /** Releases the lock, waits to be notified, takes the lock back. */
    public boolean await() {
        return await(-1);
    }

    /** As {@link #await()}, for at most {@code timeout}; false if the time ran out. */
    public boolean await(Duration timeout) {
        return await(Math.max(0, timeout.toNanos()));
    }

    /**
     * Waits until {@code predicate} is true, checking it whenever notified; returns its last value
     * (false when the time ran out first).
     */
    public boolean awaitFor(BooleanSupplier predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean result = predicate.getAsBoolean();
        while (!result) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            await(left);
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** Waits, without a time limit, until {@code predicate} is true. */
    public boolean awaitFor(BooleanSupplier predicate) {
        while (!predicate.getAsBoolean()) {
            await(-1);
        }
        return true;
    }

    private boolean await(long timeoutNanos) {
        checkHeld("await");
        int slot = claimSlot();
        long saved = releaseLock();
        Backoff backoff = Backoff.within(timeoutNanos);
        while (state(slot) != NOTIFIED && backoff.pause()) {
            // wait for a notification
        }
        reacquireLock(saved);
        boolean notified = state(slot) == NOTIFIED; // a notification may have come while re-locking
        memory.setLong(slotAt(slot), FREE);
        Timeline.record("cond.wait", name + (notified ? " notified" : " timed out"));
        return notified;
    }

    /** Wakes the process that has waited longest. */
    public void notifyOne() {
        notify(1);
    }

    /** Wakes the {@code n} processes that have waited longest. */
    public void notify(int n) {
        checkHeld("notify");
        List<Integer> waiting = new ArrayList<>();
        for (int slot = 0; slot < MAX_WAITERS; slot++) {
            if (state(slot) == WAITING) {
                if (ProcessToken.isAlive(memory.getLong(slotAt(slot) + 16))) {
                    waiting.add(slot);
                } else {
                    memory.setLong(slotAt(slot), FREE); // its waiter died
                }
            }
        }
        waiting.sort(Comparator.comparingLong(slot -> memory.getLong(slotAt(slot) + 8)));
        int woken = Math.min(n, waiting.size());
        for (int i = 0; i < woken; i++) {
            memory.setLong(slotAt(waiting.get(i)), NOTIFIED);
        }
        Timeline.record("cond.notify", name + " woke " + woken);
    }

    /** Wakes every waiting process. */
    public void notifyAllWaiters() {
        notify(MAX_WAITERS);
    }

    /** Takes a slot in the waiting line; the caller holds the lock, as does everyone who changes a slot. */
    private int claimSlot() {
        int slot = freeSlot();
        int at = slotAt(slot);
        memory.setLong(at + 8, memory.getAndAddLong(NEXT_TICKET, 1));
        memory.setLong(at + 16, ProcessToken.current());
        memory.setLong(at, WAITING);
        return slot;
    }

    /**
     * A free slot, or else one whose waiter died: a waiter killed after its notification and
     * before it took the lock back leaves its slot marked notified for good.
     */
    private int freeSlot() {
        for (int slot = 0; slot < MAX_WAITERS; slot++) {
            if (state(slot) == FREE) {
                return slot;
            }
        }
        for (int slot = 0; slot < MAX_WAITERS; slot++) {
            if (!ProcessToken.isAlive(memory.getLong(slotAt(slot) + 16))) {
                return slot;
            }
        }
        throw new IllegalStateException(name + " has " + MAX_WAITERS + " waiters already: too many processes wait on it");
    }

    private long state(int slot) {
        return memory.getLong(slotAt(slot));
    }

    private static int slotAt(int slot) {
        return SLOTS + slot * SLOT_SIZE;
    }

    private void checkHeld(String action) {
        boolean held = lock instanceof RLock r ? r.heldByMe() : ((Lock) lock).heldByThisProcess();
        if (!held) {
            throw new IllegalStateException("cannot " + action + " on " + name + " without holding its lock:"
                    + " call acquire() (or use hold()) first");
        }
    }

    private long releaseLock() {
        if (lock instanceof RLock r) {
            return r.releaseAll();
        }
        lock.release();
        return 1;
    }

    private void reacquireLock(long saved) {
        if (lock instanceof RLock r) {
            r.reacquire(saved);
        } else {
            lock.acquire();
        }
    }

    @Override
    public String toString() {
        return "<Condition(" + lock + ")>";
    }
}
