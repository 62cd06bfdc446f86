package proclab.mp.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The private place a process tree shares: a directory only its user can enter, holding the
 * shared-memory files of locks, queues and values, and a random key that every connection
 * between the tree's processes must prove it knows (Python's {@code authkey}).
 *
 * <p>The root process makes it when first needed and removes it when it exits; children learn it
 * from their boot frame. A directory left by a root that was killed is removed by the next root.
 */
public final class TreeDirectory {
    private static final String PREFIX = "proclab-mp-";
    private static volatile TreeDirectory current;

    private final Path path;
    private final byte[] authkey;

    private TreeDirectory(Path path, byte[] authkey) {
        this.path = path;
        this.authkey = authkey;
    }

    /** This tree's directory: the one the parent gave, or a new one in the root. */
    public static TreeDirectory get() {
        TreeDirectory tree = current;
        if (tree != null) {
            return tree;
        }
        synchronized (TreeDirectory.class) {
            if (current == null) {
                current = createForRoot();
            }
            return current;
        }
    }

    /** A child adopts its parent's tree directory before anything else uses one. */
    public static void adopt(String path, byte[] authkey) {
        synchronized (TreeDirectory.class) {
            current = new TreeDirectory(Path.of(path), authkey.clone());
        }
    }

    public Path path() {
        return path;
    }

    public byte[] authkey() {
        return authkey.clone();
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    private static TreeDirectory createForRoot() {
        Path base = sharedMemoryBase();
        removeAbandoned(base);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String name = PREFIX + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(key, 0, 4);
        try {
            Path dir = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createDirectory(base.resolve(name),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createDirectory(base.resolve(name));
            ExitActions.register(ExitActions.TREE_DIRECTORY, () -> deleteRecursively(dir));
            return new TreeDirectory(dir, key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the shared directory for this process tree in "
                    + base + ": " + e.getMessage() + ". Set -Djava.io.tmpdir to a writable directory.", e);
        }
    }

    /** Memory-backed where the system has it (Linux's /dev/shm), the temporary directory elsewhere. */
    private static Path sharedMemoryBase() {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return shm;
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Directories of roots that died without cleaning up (killed with -9, say). */
    private static void removeAbandoned(Path base) {
        try (Stream<Path> entries = Files.list(base)) {
            entries.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> !ownerAlive(p.getFileName().toString()))
                    .forEach(TreeDirectory::deleteRecursively);
        } catch (IOException | RuntimeException e) {
            // Cleaning up after others is a courtesy; never a reason to fail.
        }
    }

    private static boolean ownerAlive(String name) {
        try {
            long pid = Long.parseLong(name.substring(PREFIX.length(), name.indexOf('-', PREFIX.length())));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return true; // not ours to judge
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
