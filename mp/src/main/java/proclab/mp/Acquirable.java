package proclab.mp;

import java.time.Duration;

/**
 * Something a process acquires and releases: {@link Lock}, {@link RLock}, {@link Semaphore},
 * {@link Condition}. Python's {@code with lock:} is {@code try (var held = lock.hold()) { ... }}.
 */
public interface Acquirable {
    /** Waits until acquired; always true. */
    boolean acquire();

    /** With {@code block == false}, takes it only if that needs no waiting; true if taken. */
    boolean acquire(boolean block);

    /** Waits at most {@code timeout}; true if taken. */
    boolean acquire(Duration timeout);

    void release();

    /** Acquires, and releases when the try-with-resources block ends, even on an exception. */
    default Held hold() {
        acquire();
        return this::release;
    }

    /** The release at the end of a try-with-resources block. */
    @FunctionalInterface
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
