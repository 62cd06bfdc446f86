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
    private FileChannel channel;
    private FileLock lock;

    public FileMutex(String file) {
        this.file = Path.of(file);
    }

    /** Waits until no other process holds the mutex, then holds it. */
    public void acquire() {
        if (lock != null) {
            throw new IllegalStateException("this process already holds the mutex on " + file);
        }
        try {
            FileChannel opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = opened.lock();
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
            channel = opened;
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + file, e);
        }
    }

    /** Lets the next process in. */
    public void release() {
        if (lock == null) {
            throw new IllegalStateException("release() without acquire(): this process does not hold the mutex on " + file);
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not unlock " + file, e);
        } finally {
            lock = null;
            channel = null;
        }
    }

    /** Acquires, and releases when the try-with-resources block ends: {@code try (var held = mutex.hold()) {...}}. */
    public Acquirable.Held hold() {
        acquire();
        return this::release;
    }
}
