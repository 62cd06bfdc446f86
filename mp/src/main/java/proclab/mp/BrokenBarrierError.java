package proclab.mp;

/** A {@link Barrier} was reset or aborted, or a wait on it timed out: Python's {@code BrokenBarrierError}. */
public class BrokenBarrierError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BrokenBarrierError(String message) {
        super(message);
    }
}
