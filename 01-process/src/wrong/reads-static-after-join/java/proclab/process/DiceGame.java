package proclab.process;

import proclab.mp.Process;

/** A child rolls the die; the parent wants to know the points. */
public final class DiceGame {
    /** The points rolled in this JVM. Every process has its own copy of this field. */
    static int points;

    private DiceGame() {
    }

    /**
     * Rolls the {@link Die} {@code rolls} times in a child process, adding each roll to
     * {@link #points} there, and returns the child's points.
     */
    public static int rollInChild(int rolls) {
        Process child = new Process(() -> {
            for (int i = 0; i < rolls; i++) {
                points += Die.roll();
            }
        });
        child.start();
        child.join();
        return points;
    }
}
