package proclab.mp;

/**
 * A result was not ready within the time given to {@link AsyncResult#get(java.time.Duration)} or
 * {@link IMapIterator#next(java.time.Duration)}: Python's {@code multiprocessing.TimeoutError}.
 * The task goes on running; ask again later.
 */
public class TimeoutError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TimeoutError(String message) {
        super(message);
    }
}
