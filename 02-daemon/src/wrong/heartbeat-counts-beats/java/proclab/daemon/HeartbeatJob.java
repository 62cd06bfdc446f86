package proclab.daemon;

import java.time.Duration;

import proclab.mp.Process;

/**
 * Task 2. A job that tells a monitor it is alive: a heartbeat process beats while the main work
 * runs, and stops when the work ends, fails, or the job's JVM is killed.
 */
public final class HeartbeatJob {
    static final Duration EVERY = Duration.ofMillis(100);

    private HeartbeatJob() {
    }

    public static void main(String[] args) throws Exception {
        startHeartbeat();
        Work.run(args);
    }

    /** Starts a process that runs {@link #beatForever()} for exactly as long as the main work runs. */
    static Process startHeartbeat() {
        Process heartbeat = new Process("heartbeat", HeartbeatJob::beatForever);
        heartbeat.setDaemon(true);
        heartbeat.start();
        return heartbeat;
    }

    /** The heartbeat: {@link Monitor#beat} every {@link #EVERY}, with no end of its own. */
    static void beatForever() throws InterruptedException {
        for (int n = 1; n <= 5; n++) {
            Monitor.beat(n);
            Thread.sleep(EVERY.toMillis());
        }
    }
}
