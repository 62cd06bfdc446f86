package proclab.mp;

/**
 * A {@link Semaphore} that refuses to grow past its starting value: releasing more often than
 * acquiring is a bug, and it says so. Python's {@code multiprocessing.BoundedSemaphore}.
 */
public final class BoundedSemaphore extends Semaphore {
    private static final long serialVersionUID = 1L;
    private static final int MAX = 8;

    public BoundedSemaphore(int value) {
        super(value, "BoundedSemaphore");
        memory.setLong(MAX, value);
    }

    @Override
    void checkRelease(long value) {
        if (value >= memory.getLong(MAX)) {
            throw new IllegalStateException(name + " released too many times: it already has all its "
                    + memory.getLong(MAX) + " permits");
        }
    }

    @Override
    public String toString() {
        return "<BoundedSemaphore(value=" + value() + ", maxvalue=" + memory.getLong(MAX) + ")>";
    }
}
