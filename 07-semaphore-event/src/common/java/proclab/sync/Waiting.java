package proclab.sync;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** How the given code waits: it looks at shared memory about once a millisecond. */
final class Waiting {
    private static final long LOOK_EVERY_NANOS = Duration.ofMillis(1).toNanos();

    private Waiting() {
    }

    /** Waits until {@code done} holds, at most {@code patience}; true if it holds. */
    static boolean until(BooleanSupplier done, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(LOOK_EVERY_NANOS);
        }
        return true;
    }

    /** Does nothing for {@code time}. */
    static void hold(Duration time) {
        until(() -> false, time);
    }

    /** The number in a name such as {@code group-3}, checked against the names the harness expects. */
    static int numberIn(String name, String prefix, int last) {
        String expected = prefix + "1 to " + prefix + last;
        if (name == null || !name.startsWith(prefix)) {
            throw new IllegalArgumentException("'" + name + "' is not a name here: use " + expected);
        }
        try {
            int number = Integer.parseInt(name.substring(prefix.length()));
            if (number >= 1 && number <= last) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + name + "' is not a name here: use " + expected);
    }
}
