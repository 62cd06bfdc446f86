package proclab.grader.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files of a source tree in memory: relative path (with {@code /}) to content. Submissions,
 * skeletons, references and wrong solutions are all source trees, written into a work folder to
 * be compiled. Symbolic links are never followed.
 */
public final class SourceTree {
    private final SortedMap<String, byte[]> files;

    public SourceTree(Map<String, byte[]> files) {
        this.files = new TreeMap<>(files);
    }

    public static SourceTree empty() {
        return new SourceTree(Map.of());
    }

    /** The {@code .java} files under {@code dir} (none when it does not exist). */
    public static SourceTree read(Path dir) {
        return read(dir, true);
    }

    /** Every regular file under {@code dir}. */
    public static SourceTree readAll(Path dir) {
        return read(dir, false);
    }

    private static SourceTree read(Path dir, boolean javaOnly) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new SourceTree(files);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && (!javaOnly || file.toString().endsWith(".java"))) {
                    files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the sources in " + dir, e);
        }
        return new SourceTree(files);
    }

    /** This tree with {@code other}'s files laid over it (they replace files of the same path). */
    public SourceTree overlaidWith(SourceTree other) {
        SortedMap<String, byte[]> merged = new TreeMap<>(files);
        merged.putAll(other.files);
        return new SourceTree(merged);
    }

    public SortedMap<String, byte[]> files() {
        return java.util.Collections.unmodifiableSortedMap(files);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** Writes every file under {@code dir}. */
    public void writeTo(Path dir) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalStateException("refusing to write " + file.getKey() + " outside " + dir);
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write sources to " + dir, e);
        }
    }

    /** A SHA-256 of the paths and contents. */
    public String hash() {
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            digest.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Integer.toString(file.getValue().length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.getValue());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
