package proclab.sync;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Process;
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
        ktv.arrive(group);
        rooms.acquire();
        try {
            ktv.sing(group);
        } finally {
            rooms.release();
        }
    }

    /**
     * The evening: one process per group, named {@code group-1} to {@code group-N}, all sharing
     * one semaphore with a permit per room. Returns when every group has gone home.
     */
    public static void evening(Ktv ktv, int groups) {
        Semaphore rooms = new Semaphore(5);
        List<Process> started = new ArrayList<>();
        for (int i = 1; i <= groups; i++) {
            String group = "group-" + i;
            Process process = new Process(group, () -> visit(ktv, rooms, group));
            process.start();
            started.add(process);
        }
        for (Process process : started) {
            process.join();
        }
    }
}
