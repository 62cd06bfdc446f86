package proclab.mp.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number that names one process for its whole life: its pid and a hash of its start time, so
 * that a later process that happens to reuse the pid is not taken for it. Locks store the token
 * of their holder, and check whether that holder still lives.
 */
public final class ProcessToken {
    private static final int HASH_BITS = 24;
    private static final long HASH_MASK = (1L << HASH_BITS) - 1;
    private static final long CURRENT = of(ProcessHandle.current());
    private static final Map<Long, Boolean> KNOWN_DEAD = new ConcurrentHashMap<>();

    private ProcessToken() {
    }

    /** This process's token; never 0, which stands for "nobody". */
    public static long current() {
        return CURRENT;
    }

    public static long pidOf(long token) {
        return token >>> HASH_BITS;
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
        boolean alive = process.isPresent() && process.get().isAlive() && of(process.get()) == token;
        if (!alive) {
            KNOWN_DEAD.put(token, Boolean.TRUE);
        }
        return alive;
    }

    private static long of(ProcessHandle process) {
        long startHash = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L).hashCode() & HASH_MASK;
        return (process.pid() << HASH_BITS) | startHash;
    }
}
