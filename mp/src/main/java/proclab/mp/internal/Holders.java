package proclab.mp.internal;

import proclab.mp.Delays;

/**
 * Which processes hold one end of a pipe: a small table in shared memory of (process token,
 * count, in transit). An end is closed once no living process holds it, whether they closed it
 * or died, as the operating system closes a pipe when its last descriptor goes.
 *
 * <p>An end being sent to another process (serialized into a child's target, say) counts as
 * "in transit" for its sender until the receiver has read it, so that the sender may close its
 * own copy at once, as Python programs do after {@code start()}.
 */
public final class Holders {
    static final int SLOTS = 32;
    private static final int SLOT = 24;
    static final int SIZE = SLOTS * SLOT;
    private static final int COUNT = 8;
    private static final int IN_TRANSIT = 16;

    private final Segment memory;
    private final int at;

    Holders(Segment memory, int at) {
        this.memory = memory;
        this.at = at;
    }

    /** This process holds the end once more. */
    public void add() {
        memory.getAndAddLong(mySlot() + COUNT, 1);
    }

    /** This process holds the end once less. */
    public void remove() {
        memory.getAndAddLong(mySlot() + COUNT, -1);
    }

    /** This process is sending a copy of the end to another process. */
    public void sending() {
        memory.getAndAddLong(mySlot() + IN_TRANSIT, 1);
    }

    /**
     * This process has received a copy that some process sent. It holds the copy before the copy
     * stops being in transit: the other way round, a reader looking in between would find no
     * holder and report end of file. The delay point {@code pipe.handover} widens the moment
     * between the two on purpose.
     */
    public void received() {
        add();
        Delays.at("pipe.handover");
        for (int i = 0; i < SLOTS; i++) {
            int slot = at + i * SLOT;
            long inTransit;
            while ((inTransit = memory.getLong(slot + IN_TRANSIT)) > 0) {
                if (memory.compareAndSetLong(slot + IN_TRANSIT, inTransit, inTransit - 1)) {
                    return;
                }
            }
        }
    }

    /** True while some living process holds the end, or is sending it. */
    public boolean anyAlive() {
        for (int i = 0; i < SLOTS; i++) {
            int slot = at + i * SLOT;
            long token = memory.getLong(slot);
            boolean holds = memory.getLong(slot + COUNT) > 0 || memory.getLong(slot + IN_TRANSIT) > 0;
            if (token != 0 && holds && ProcessToken.isAlive(token)) {
                return true;
            }
        }
        return false;
    }

    /** The slot of this process, claimed if it has none (a dead process's slot may be reused). */
    private int mySlot() {
        long me = ProcessToken.current();
        for (int i = 0; i < SLOTS; i++) {
            if (memory.getLong(at + i * SLOT) == me) {
                return at + i * SLOT;
            }
        }
        for (boolean reuseDead : new boolean[] {false, true}) {
            for (int i = 0; i < SLOTS; i++) {
                int slot = at + i * SLOT;
                long token = memory.getLong(slot);
                boolean free = token == 0 || reuseDead && !ProcessToken.isAlive(token);
                if (free && memory.compareAndSetLong(slot, token, me)) {
                    memory.setLong(slot + COUNT, 0);
                    memory.setLong(slot + IN_TRANSIT, 0);
                    return slot;
                }
            }
        }
        throw new IllegalStateException("more than " + SLOTS + " processes hold one end of this pipe");
    }
}
