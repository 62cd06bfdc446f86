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
        // TODO 2: start a process that runs beatForever() and dies with the main work, and return it.
        throw new UnsupportedOperationException("TODO 2: start the heartbeat process");
    }

    /** The heartbeat: {@link Monitor#beat} every {@link #EVERY}, with no end of its own. */
    static void beatForever() throws InterruptedException {
        // TODO 2: call Monitor.beat(1), Monitor.beat(2)... with a pause of EVERY between beats, forever.
        throw new UnsupportedOperationException("TODO 2: beat forever");
    }
}
