package proclab.mp;

/**
 * A call on a {@link Manager}'s shared object failed in the manager's process with an exception
 * that cannot travel back (it holds something that cannot be serialized): Python's
 * {@code multiprocessing.managers.RemoteError}. The message carries the original exception's
 * text. Other failures (an index out of range, a lock released too often, an empty queue) are
 * raised in the caller as their own exception type.
 */
public class RemoteError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RemoteError(String message) {
        super(message);
    }
}
