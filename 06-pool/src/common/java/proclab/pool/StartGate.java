package proclab.pool;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.Event;
import proclab.mp.Semaphore;

/**
 * Lets a group of processes begin at the same moment, as readers who all click "claim my mug" when
 * the giveaway opens. Each process {@link #arrive()}s and waits until the whole group is there, so
 * a race that needs two processes in the same place at the same time happens every time, however
 * slowly each JVM started.
 *
 * <p>The gate opens once and stays open. If the group does not fill up within a minute, it opens
 * anyway for whoever is there.
 */
public final class StartGate implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Duration PATIENCE = Duration.ofMinutes(1);

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
}
