package proclab.daemon;

import java.time.Duration;

import proclab.mp.Event;
import proclab.mp.Process;

public final class HeartbeatJob {
    static final Duration EVERY = Duration.ofMillis(100);
    private static final Event WORK_DONE = new Event();

    private HeartbeatJob() {
    }

    public static void main(String[] args) throws Exception {
        startHeartbeat();
        try {
            Work.run(args);
        } finally {
            WORK_DONE.set();
        }
    }

    static Process startHeartbeat() {
        Event workDone = WORK_DONE;
        Process heartbeat = new Process("heartbeat", () -> {
            for (int n = 1; !workDone.isSet(); n++) {
                Monitor.beat(n);
                Thread.sleep(EVERY.toMillis());
            }
        });
        heartbeat.start();
        return heartbeat;
    }
}
