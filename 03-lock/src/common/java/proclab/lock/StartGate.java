package proclab.lock;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.Event;
import proclab.mp.Semaphore;

/**
 * Lets a group of processes begin a step at the same moment, as buyers who all press "buy" when
 * the sale opens at 10:00. Each process {@link #arrive()}s and waits until the whole group is
 * there. A race that needs two processes in the same place at the same time then happens every
 * time, however slowly each JVM started.
 *
 * <p>The gate opens once and stays open. If the group does not fill up within 20 seconds (a
 * program that makes its processes take turns, say), it opens anyway for whoever is there.
 */
public final class StartGate implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final int group;
    private final Semaphore arrived = new Semaphore(0);
    private final Event open = new Event();

    /** A gate for a group of {@code group} processes. */
    public StartGate(int group) {
        if (group < 1) {
            throw new IllegalArgumentException("a start gate needs a group of at least 1, not " + group);
        }
        this.group = group;
    }

    /** Waits until the whole group has arrived; returns at once when the gate is already open. */
    public void arrive() {
        if (open.isSet()) {
            return;
        }
        arrived.release();
        if (arrived.value() >= group || !open.await(PATIENCE)) {
            open.set();
        }
    }

    public boolean isOpen() {
        return open.isSet();
    }
}
