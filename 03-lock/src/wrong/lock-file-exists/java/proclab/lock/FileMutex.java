package proclab.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

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
        // Whoever creates the file holds the mutex; a process that dies holding it never deletes it.
        while (true) {
            try {
                Files.createFile(file);
                return;
            } catch (FileAlreadyExistsException e) {
                LockSupport.parkNanos(1_000_000);
            } catch (IOException e) {
                throw new UncheckedIOException("could not create " + file, e);
            }
        }
    }

    /** Lets the next process in. */
    public void release() {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }

    /** Acquires, and releases when the try-with-resources block ends: {@code try (var held = mutex.hold()) {...}}. */
    public Acquirable.Held hold() {
        acquire();
        return this::release;
    }
}
