package proclab.mp;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.internal.Arena;
import proclab.mp.internal.Segment;

/**
 * A meeting point for a fixed number of processes: each {@link #await()}s until all
 * {@code parties} have arrived, then all go on together. Python's {@code multiprocessing.Barrier}
 * (its {@code wait()} is {@code await()} here, as {@code Object.wait()} has the name).
 *
 * <p>The optional action runs once per round, in the last process to arrive, before the others
 * are released. A wait that times out, a {@link #reset()} or an {@link #abort()} breaks the
 * barrier: every waiter, and every later caller until a reset, gets a {@link BrokenBarrierError}.
 */
public final class Barrier implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int STATE = 0;
    private static final int COUNT = 8;
    private static final long FILLING = 0;
    private static final long DRAINING = 1;
    private static final long RESETTING = -1;
    private static final long BROKEN = -2;

    private final int parties;
    private final Target action;
    private final Duration defaultTimeout;
    private final Condition condition = new Condition(new Lock());
    private final Segment memory = Arena.allocate(16);
    private final String name = SharedName.next("Barrier");

    public Barrier(int parties) {
        this(parties, null, null);
    }

    /**
     * @param action  run by the last process to arrive, or null
     * @param timeout the default for {@link #await()}, or null for none
     */
    public Barrier(int parties, Target action, Duration timeout) {
        if (parties < 1) {
            throw new IllegalArgumentException("a barrier needs at least 1 party, not " + parties);
        }
        this.parties = parties;
        this.action = action;
        this.defaultTimeout = timeout;
    }

    /** Waits for the other parties; returns this process's arrival index, 0 to parties-1. */
    public int await() {
        return await(defaultTimeout);
    }

    /** As {@link #await()}, breaking the barrier if the others have not all come within {@code timeout}. */
    public int await(Duration timeout) {
        try (var held = condition.hold()) {
            enter();
            long index = memory.getLong(COUNT);
            memory.setLong(COUNT, index + 1);
            try {
                if (index + 1 == parties) {
                    releaseRound();
                } else {
                    waitForRound(timeout);
                }
                Timeline.record("barrier.pass", name + " index=" + index);
                return (int) index;
            } finally {
                memory.setLong(COUNT, memory.getLong(COUNT) - 1);
                exit();
            }
        }
    }

    /** Waits while the previous round drains or a reset runs. */
    private void enter() {
        while (state() == DRAINING || state() == RESETTING) {
            condition.await();
        }
        if (state() < 0) {
            throw broken();
        }
    }

    private void releaseRound() {
        try {
            if (action != null) {
                action.run();
            }
            memory.setLong(STATE, DRAINING);
            condition.notifyAllWaiters();
        } catch (Exception e) {
            breakBarrier();
            throw new IllegalStateException(name + ": its action failed, so the barrier is broken", e);
        }
    }

    private void waitForRound(Duration timeout) {
        boolean released = timeout == null
                ? condition.awaitFor(() -> state() != FILLING)
                : condition.awaitFor(() -> state() != FILLING, timeout);
        if (!released) {
            breakBarrier();
            throw new BrokenBarrierError(name + ": the wait timed out after " + timeout
                    + " with " + memory.getLong(COUNT) + " of " + parties + " parties arrived");
        }
        if (state() < 0) {
            throw broken();
        }
    }

    /** The last one out of a draining or resetting round lets the next round fill. */
    private void exit() {
        if (memory.getLong(COUNT) == 0 && (state() == RESETTING || state() == DRAINING)) {
            memory.setLong(STATE, FILLING);
            condition.notifyAllWaiters();
        }
    }

    /** Returns the barrier to its empty state; processes waiting now get a {@link BrokenBarrierError}. */
    public void reset() {
        try (var held = condition.hold()) {
            if (memory.getLong(COUNT) > 0) {
                if (state() == FILLING || state() == BROKEN) {
                    memory.setLong(STATE, RESETTING);
                }
            } else {
                memory.setLong(STATE, FILLING);
            }
            condition.notifyAllWaiters();
        }
    }

    /** Breaks the barrier: every waiter, now and later until a {@link #reset()}, fails. */
    public void abort() {
        try (var held = condition.hold()) {
            breakBarrier();
        }
    }

    private void breakBarrier() {
        memory.setLong(STATE, BROKEN);
        condition.notifyAllWaiters();
    }

    private long state() {
        return memory.getLong(STATE);
    }

    private BrokenBarrierError broken() {
        return new BrokenBarrierError(name + " is broken: a wait timed out, or it was reset or aborted");
    }

    public int parties() {
        return parties;
    }

    /** How many processes wait at the barrier now. */
    public int waiting() {
        return state() == FILLING ? (int) memory.getLong(COUNT) : 0;
    }

    public boolean isBroken() {
        return state() == BROKEN;
    }

    @Override
    public String toString() {
        return "<Barrier(parties=" + parties + ", waiting=" + waiting() + (isBroken() ? ", broken" : "") + ")>";
    }
}
