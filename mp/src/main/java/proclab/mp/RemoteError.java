package proclab.mp;

/**
 * A call on a {@link Manager}'s shared object failed in the manager's process in a way that
 * cannot be raised again as it is: Python's {@code multiprocessing.managers.RemoteError}. The
 * message carries the original error. Ordinary failures (an index out of range, a lock released
 * too often, an empty queue) are raised in the caller as their own exception type instead.
 */
public class RemoteError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RemoteError(String message) {
        super(message);
    }
}
