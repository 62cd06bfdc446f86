package proclab.sync;

import proclab.mp.Semaphore;

/** Task 1: an evening at the KTV. Many groups, four rooms: at most four groups sing at once. */
public final class Karaoke {
    private Karaoke() {
    }

    /**
     * One group's visit: it arrives, waits for a free room, sings, and gives the room back, also
     * when something goes wrong while it sings.
     */
    public static void visit(Ktv ktv, Semaphore rooms, String group) {
        // TODO 1: arrive at the KTV; take a room from the semaphore; sing; give the room back,
        //  even if sing() throws.
        throw new UnsupportedOperationException("TODO 1: arrive, take a room, sing, give the room back");
    }

    /**
     * The evening: one process per group, named {@code group-1} to {@code group-N}, all sharing
     * one semaphore with a permit per room. Returns when every group has gone home.
     */
    public static void evening(Ktv ktv, int groups) {
        // TODO 1: make one semaphore with a permit for each of the Ktv.ROOMS rooms; start one process
        //  per group, named group-1 to group-N, that runs visit(ktv, rooms, name); join them all.
        throw new UnsupportedOperationException("TODO 1: start the groups, sharing one semaphore, and join them");
    }
}
