package proclab.mp.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number that names one process for its whole life: its pid and its start time in seconds, so
 * that a later process that happens to reuse the pid is not taken for it. Locks store the token
 * of their holder, and check whether that holder still lives.
 *
 * <p>A verdict of "dead" lets another process take over a lock, so it must never be wrong: two
 * JVMs may see the same start time a second apart (Linux derives it from a boot time in whole
 * seconds that drifts as the clock is adjusted), so start times that close count as the same
 * process. A pid reused within that second is taken for the old process: its lock then waits
 * for the newcomer to end, which is slow but never unsafe.
 */
public final class ProcessToken {
    private static final int START_BITS = 24;
    private static final long START_MASK = (1L << START_BITS) - 1;
    private static final long SAME_START_SECONDS = 2;
    private static final long CURRENT = of(ProcessHandle.current());
    private static final Map<Long, Boolean> KNOWN_DEAD = new ConcurrentHashMap<>();

    private ProcessToken() {
    }

    /** This process's token; never 0, which stands for "nobody". */
    public static long current() {
        return CURRENT;
    }

    public static long pidOf(long token) {
        return token >>> START_BITS;
    }

    /** False once the process the token names has ended; its pid may live on in another process. */
    public static boolean isAlive(long token) {
        if (token == CURRENT) {
            return true;
        }
        if (KNOWN_DEAD.containsKey(token)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pidOf(token));
        boolean alive = process.isPresent() && process.get().isAlive() && sameStart(of(process.get()), token);
        if (!alive) {
            KNOWN_DEAD.put(token, Boolean.TRUE);
        }
        return alive;
    }

    private static boolean sameStart(long seen, long token) {
        long apart = ((seen - token) & START_MASK);
        return Math.min(apart, START_MASK + 1 - apart) <= SAME_START_SECONDS;
    }

    private static long of(ProcessHandle process) {
        long startSeconds = process.info().startInstant().map(start -> start.getEpochSecond()).orElse(0L);
        return (process.pid() << START_BITS) | (startSeconds & START_MASK);
    }
}
