package proclab.process;

import proclab.mp.Process;
import proclab.mp.Queue;

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
        // TODO 3: start a child that rolls Die.roll() 'rolls' times and adds each roll to points.
        //  The parent's points do not change: send the child's points back to the parent.
        throw new UnsupportedOperationException("TODO 3: roll in a child and bring its points back");
    }
}
