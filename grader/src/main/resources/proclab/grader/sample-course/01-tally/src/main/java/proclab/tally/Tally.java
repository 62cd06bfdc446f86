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
        // TODO 1: add 1 to total, times times, each time holding total.getLock()
        throw new UnsupportedOperationException("TODO 1: add 1 to total, times times, under its lock");
    }

    /** Starts a process that squares numbers until a negative one; returns it, started. */
    public static Process startSquarer(Queue<Integer> numbers, Queue<Long> squares) {
        // TODO 2: start a Process that puts the square of each number into squares, and return it
        throw new UnsupportedOperationException("TODO 2: start a squaring process and return it");
    }
}
