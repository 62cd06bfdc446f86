package proclab.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copying and deleting folder trees; symbolic links are neither followed nor copied. */
public final class Trees {
    private Trees() {
    }

    /** Copies the regular files under {@code from} to {@code to}. */
    public static void copy(Path from, Path to) {
        copy(from, to, relative -> true);
    }

    /** Copies the regular files under {@code from} whose relative path (with /) passes {@code keep}. */
    public static void copy(Path from, Path to, Predicate<String> keep) {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                String relative = from.relativize(source).toString().replace('\\', '/');
                if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS) || !keep.test(relative)) {
                    continue;
                }
                Path target = to.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + from + " to " + to, e);
        }
    }

    /** Deletes {@code dir} and everything in it; nothing when it does not exist. */
    public static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
