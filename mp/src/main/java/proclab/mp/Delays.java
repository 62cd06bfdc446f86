package proclab.mp;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Pauses at named points, to widen a race window on purpose. A race that the scheduler hits only
 * now and then becomes one that happens every time: with {@code value.get} delayed, every
 * read-modify-write of a shared value loses updates when it is not under a lock.
 *
 * <p>The points and their delays come from the system property {@code proclab.mp.delays}, as
 * {@code point=millis,point=millis} (fractions allowed); children inherit it. mp pauses after each
 * of its own actions, at points named as their {@link Timeline} events ({@code lock.acquire},
 * {@code value.get}, {@code queue.get}...), and inside a queue's or pipe's critical section at
 * {@code ring.write} and {@code ring.read}; a program adds points of its own with {@link #at}.
 */
public final class Delays {
    /** The system property that lists the delays. */
    public static final String PROPERTY = "proclab.mp.delays";

    /** The property text and what it says, swapped together so that readers need no lock. */
    private record Parsed(String text, Map<String, Long> delays) {
    }

    private static volatile Parsed parsed = new Parsed(null, Map.of());

    private Delays() {
    }

    /** Adds or replaces the delay at {@code point}, here and in children started from now on. */
    public static synchronized void set(String point, Duration delay) {
        Map<String, Long> all = new HashMap<>(current());
        all.put(point, delay.toNanos());
        StringBuilder text = new StringBuilder();
        all.forEach((name, nanos) -> text.append(text.length() == 0 ? "" : ",")
                .append(name).append('=').append(nanos / 1e6));
        System.setProperty(PROPERTY, text.toString());
    }

    /** Removes every delay. */
    public static synchronized void clear() {
        System.clearProperty(PROPERTY);
    }

    /**
     * Pauses for the delay configured at {@code point}, if there is one, and notes the pause in
     * the {@link Timeline} as a {@code delay} event, so that whoever reads it sees which pauses
     * were made on purpose.
     */
    public static void at(String point) {
        Long nanos = current().get(point);
        if (nanos != null && nanos > 0) {
            Timeline.record("delay", point + " " + nanos / 1e6 + " ms");
            long until = System.nanoTime() + nanos;
            for (long left = nanos; left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    }

    private static Map<String, Long> current() {
        String text = System.getProperty(PROPERTY);
        if (text == null) {
            return Map.of();
        }
        Parsed known = parsed;
        if (!text.equals(known.text())) {
            Map<String, Long> delays = new HashMap<>();
            for (String entry : text.split(",")) {
                String[] pair = entry.split("=", 2);
                if (pair.length == 2 && !pair[0].isBlank()) {
                    try {
                        delays.put(pair[0].strip(), (long) (Double.parseDouble(pair[1].strip()) * 1e6));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(PROPERTY + " has '" + entry
                                + "': write point=milliseconds, for example value.get=5", e);
                    }
                }
            }
            known = new Parsed(text, Map.copyOf(delays));
            parsed = known;
        }
        return known.delays();
    }
}
