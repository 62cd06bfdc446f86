package proclab.tally;

import proclab.mp.Process;
import proclab.mp.Queue;
import proclab.mp.Value;

/** Counting together, and squaring in a child. */
public final class Tally {
    private Tally() {
    }

    /** Adds 1 to {@code total}, {@code times} times; several processes call it at once. */
    public static void addTimes(Value<Integer> total, int times) {
        for (int i = 0; i < times; i++) {
            try (var held = total.getLock().hold()) {
                total.set(total.get() + 1);
            }
        }
    }

    /** Starts a process that squares numbers until a negative one; returns it, started. */
    public static Process startSquarer(Queue<Integer> numbers, Queue<Long> squares) {
        Process squarer = new Process("squarer", () -> {
            for (int n = numbers.get(); n >= 0; n = numbers.get()) {
                squares.put((long) n * n);
            }
        });
        squarer.start();
        return squarer;
    }
}
