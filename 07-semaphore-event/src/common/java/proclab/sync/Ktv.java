package proclab.sync;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.Array;
import proclab.mp.Timeline;

/**
 * The karaoke bar: {@link #ROOMS} rooms and the groups of one evening, named {@code group-1} to
 * {@code group-N}. A group first {@link #arrive}s, then {@link #sing}s in a room. Taking and
 * giving back a room is not done here: that is the job of the code that calls {@code sing}.
 *
 * <p>Two things make the tests sure of what they see, on a fast computer and on a slow one. The
 * doors open only when every group of the evening has arrived, so that all of them want a room at
 * the same moment. And a song does not last a fixed time: a group sings until it has seen
 * {@value #ROOMS} groups inside at once (or until nobody else is still to come, or it has sung
 * alone for a few seconds), and then for one more short song. So when four groups are allowed in
 * together, four are inside together; when more are allowed in, more are inside.
 *
 * <p>On mp's timeline, a group marks {@code ktv.enter} when it goes into a room and
 * {@code ktv.leave} when it comes out.
 */
public final class Ktv implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The rooms the KTV has. */
    public static final int ROOMS = 4;

    private static final Duration DOORS_PATIENCE = Duration.ofSeconds(20);
    private static final Duration ALONE_PATIENCE = Duration.ofSeconds(3);
    private static final Duration LAST_SONG = Duration.ofMillis(800);

    private static final int AWAY = 0;
    private static final int ARRIVED = 1;
    private static final int INSIDE = 2;
    private static final int LEFT = 3;

    private final int groups;
    /** Where each group is; each slot is written only by its own group, so no lock is needed. */
    private final Array<Integer> where;
    /** The most groups each group saw inside at once while it sang. */
    private final Array<Integer> crowdSeen;

    /** The KTV for an evening of {@code groups} groups. */
    public Ktv(int groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("an evening needs at least 1 group, not " + groups);
        }
        this.groups = groups;
        this.where = Array.ints(groups);
        this.crowdSeen = Array.ints(groups);
    }

    public int groups() {
        return groups;
    }

    /**
     * The group comes to the KTV and waits until the doors open: when every group of the evening
     * has arrived (or after 20 seconds, for whoever is there).
     */
    public void arrive(String group) {
        int slot = slotOf(group);
        where.set(slot, ARRIVED);
        Timeline.record("ktv.arrive", group);
        System.out.println(group + " arrives");
        Waiting.until(() -> count(AWAY) == 0, DOORS_PATIENCE);
    }

    /**
     * The group goes into a room, sings and comes out. Call it only while the group has a room
     * for itself.
     */
    public void sing(String group) {
        int slot = slotOf(group);
        if (where.get(slot) != ARRIVED) {
            throw new IllegalStateException(group + " wants to sing but has not arrived, or has sung already:"
                    + " call ktv.arrive(\"" + group + "\") once, before the group takes a room.");
        }
        Timeline.record("ktv.enter", group);
        where.set(slot, INSIDE);
        System.out.println(group + " goes into a room and sings");
        int[] most = {count(INSIDE)};
        Waiting.until(() -> {
            most[0] = Math.max(most[0], count(INSIDE));
            return most[0] >= ROOMS || count(AWAY) + count(ARRIVED) == 0;
        }, ALONE_PATIENCE);
        Waiting.until(() -> {
            most[0] = Math.max(most[0], count(INSIDE));
            return false;
        }, LAST_SONG);
        crowdSeen.set(slot, most[0]);
        Timeline.record("ktv.leave", group);
        where.set(slot, LEFT);
        System.out.println(group + " leaves its room (" + most[0] + " groups were singing at once)");
    }

    /** The most groups that one group saw singing at the same time, over the whole evening. */
    public int mostInsideSeen() {
        int most = 0;
        for (int slot = 0; slot < groups; slot++) {
            most = Math.max(most, crowdSeen.get(slot));
        }
        return most;
    }

    private int count(int place) {
        int n = 0;
        for (int slot = 0; slot < groups; slot++) {
            if (where.get(slot) == place) {
                n++;
            }
        }
        return n;
    }

    private int slotOf(String group) {
        return Waiting.numberIn(group, "group-", groups) - 1;
    }
}
