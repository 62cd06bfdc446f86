package proclab.mp;

import java.lang.reflect.Constructor;
import java.util.concurrent.CompletionException;

/**
 * Why a task failed, and what {@code get()} throws for it in the parent.
 *
 * <p>An exception thrown by the task in a worker comes back serialized, with the worker's stack
 * trace. The parent throws a new exception of the same class and message, made where
 * {@code get()} was called, with the worker's exception as its cause: Python re-raises the
 * worker's exception with the remote traceback as its cause, and Java's ForkJoinTask does the
 * same across threads. A checked exception cannot be thrown from {@code get()}: it comes as the
 * cause of a {@link CompletionException}, as does one whose class offers no way to set a cause.
 *
 * <p>Failures made by the parent itself (a worker died, the pool was terminated) are thrown as
 * they are.
 */
final class TaskFailure {
    private final Throwable error;
    private final boolean inWorker;

    private TaskFailure(Throwable error, boolean inWorker) {
        this.error = error;
        this.inWorker = inWorker;
    }

    /** An exception the task threw in a worker. */
    static TaskFailure inWorker(Throwable error) {
        return new TaskFailure(error, true);
    }

    /** An error the parent made: a worker died, the pool was terminated. */
    static TaskFailure inParent(RuntimeException error) {
        return new TaskFailure(error, false);
    }

    /** The exception as it happened, for error callbacks. */
    Throwable error() {
        return error;
    }

    /** Throws what {@code get()} throws for this failure. */
    RuntimeException raise() {
        Throwable thrown = inWorker ? sameClassWithCause(error) : error;
        if (thrown instanceof Error e) {
            throw e;
        }
        if (thrown instanceof RuntimeException e) {
            return e;
        }
        return new CompletionException(error.toString(), error);
    }

    /** A new exception of the class of {@code original} with it as the cause, or null if none can be made. */
    private static Throwable sameClassWithCause(Throwable original) {
        if (!(original instanceof RuntimeException || original instanceof Error)) {
            return null;
        }
        Class<? extends Throwable> type = original.getClass();
        String message = original.getMessage();
        Throwable made = construct(type, new Class<?>[] {String.class, Throwable.class}, message, original);
        if (made != null) {
            return made;
        }
        made = construct(type, new Class<?>[] {String.class}, message);
        if (made == null) {
            made = construct(type, new Class<?>[0]);
        }
        if (made != null && made.getCause() == null) {
            try {
                return made.initCause(original);
            } catch (IllegalStateException e) {
                return null; // the constructor fixed the cause already
            }
        }
        return null;
    }

    private static Throwable construct(Class<? extends Throwable> type, Class<?>[] parameters, Object... arguments) {
        try {
            Constructor<? extends Throwable> constructor = type.getConstructor(parameters);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
