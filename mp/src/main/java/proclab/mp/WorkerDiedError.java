package proclab.mp;

/**
 * A {@link Pool} worker died while it ran a task: it was killed, it called {@code System.exit}, or
 * it ran out of memory. The message names the worker and says how it ended. The pool has replaced
 * the worker and goes on; only the task that was running fails. (Python's pool would wait for that
 * task forever.)
 */
public class WorkerDiedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkerDiedError(String message) {
        super(message);
    }

    public WorkerDiedError(String message, Throwable cause) {
        super(message, cause);
    }
}
