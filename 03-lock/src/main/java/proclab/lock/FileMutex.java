package proclab.lock;

import java.nio.file.Path;

import proclab.mp.Acquirable;

/**
 * Task 5: a mutex for processes, built on a lock that the operating system keeps on a file. Any
 * process that makes a {@code FileMutex} on the same path shares it: the path is all they need.
 * One JVM should not hold two {@code FileMutex} objects on the same path.
 */
public final class FileMutex {
    private final Path file;

    public FileMutex(String file) {
        this.file = Path.of(file);
    }

    /** Waits until no other process holds the mutex, then holds it. */
    public void acquire() {
        // TODO 5: open a FileChannel on the file (create it if needed) and lock() it; keep what
        //  release() will need.
        throw new UnsupportedOperationException("TODO 5: lock the file " + file);
    }

    /** Lets the next process in. */
    public void release() {
        // TODO 5: release the file lock and close the channel.
        throw new UnsupportedOperationException("TODO 5: unlock the file " + file);
    }

    /** Acquires, and releases when the try-with-resources block ends: {@code try (var held = mutex.hold()) {...}}. */
    public Acquirable.Held hold() {
        acquire();
        return this::release;
    }
}
