package proclab.daemon;

import proclab.mp.Timeline;

/**
 * The monitor of task 2: it watches the heartbeats of a job. While beats come, it believes the
 * job is alive; when they stop, it believes the job is over.
 */
public final class Monitor {
    private Monitor() {
    }

    /** Tells the monitor "still alive"; {@code n} counts the beats from 1. */
    public static void beat(int n) {
        System.out.println("beat " + n);
        Timeline.record("heartbeat.beat", Integer.toString(n));
    }
}
