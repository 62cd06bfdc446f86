package proclab.lock;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import proclab.mp.Acquirable;

/**
 * Task 5: a mutex for processes, built on a lock that the operating system keeps on a file. Any
 * process that makes a {@code FileMutex} on the same path shares it: the path is all they need.
 * One JVM should not hold two {@code FileMutex} objects on the same path.
 */
public final class FileMutex {
    /** One lock per path, shared by everybody: but only by the threads of this one JVM. */
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final ReentrantLock lock;

    public FileMutex(String file) {
        this.lock = LOCKS.computeIfAbsent(Path.of(file).toAbsolutePath(), path -> new ReentrantLock());
    }

    /** Waits until no other process holds the mutex, then holds it. */
    public void acquire() {
        lock.lock();
    }

    /** Lets the next process in. */
    public void release() {
        lock.unlock();
    }

    /** Acquires, and releases when the try-with-resources block ends: {@code try (var held = mutex.hold()) {...}}. */
    public Acquirable.Held hold() {
        acquire();
        return this::release;
    }
}
