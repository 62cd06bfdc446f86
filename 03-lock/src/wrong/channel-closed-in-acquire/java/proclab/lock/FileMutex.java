package proclab.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import proclab.mp.Acquirable;

/**
 * Task 5: a mutex for processes, built on a lock that the operating system keeps on a file. Any
 * process that makes a {@code FileMutex} on the same path shares it: the path is all they need.
 * One JVM should not hold two {@code FileMutex} objects on the same path.
 */
public final class FileMutex {
    private final Path file;
    private FileLock lock;

    public FileMutex(String file) {
        this.file = Path.of(file);
    }

    /** Waits until no other process holds the mutex, then holds it. */
    public void acquire() {
        // Closing the channel at the end of the try block releases the lock it just took.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lock = channel.lock();
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + file, e);
        }
    }

    /** Lets the next process in. */
    public void release() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unlock " + file, e);
        }
        lock = null;
    }

    /** Acquires, and releases when the try-with-resources block ends: {@code try (var held = mutex.hold()) {...}}. */
    public Acquirable.Held hold() {
        acquire();
        return this::release;
    }
}
