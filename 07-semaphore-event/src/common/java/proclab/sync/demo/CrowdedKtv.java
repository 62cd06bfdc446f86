package proclab.sync.demo;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Process;
import proclab.sync.Ktv;

/**
 * The KTV with nobody at the door: ten groups arrive, and each one walks into a room as soon as
 * the doors open. Nothing counts the free rooms.
 *
 * <p>Run it: {@code ./mvnw -q -pl 07-semaphore-event compile exec:exec}
 */
public final class CrowdedKtv {
    private static final int GROUPS = 10;

    private CrowdedKtv() {
    }

    public static void main(String[] args) {
        Ktv ktv = new Ktv(GROUPS);
        System.out.println(GROUPS + " groups, " + Ktv.ROOMS + " rooms, nobody at the door.");
        List<Process> groups = new ArrayList<>();
        for (int i = 1; i <= GROUPS; i++) {
            String group = "group-" + i;
            groups.add(new Process(group, () -> {
                ktv.arrive(group);
                ktv.sing(group);
            }));
        }
        for (Process group : groups) {
            group.start();
        }
        for (Process group : groups) {
            group.join();
        }
        System.out.println();
        System.out.println("Up to " + ktv.mostInsideSeen() + " groups were singing at the same time, but the KTV has only "
                + Ktv.ROOMS + " rooms.");
    }
}
