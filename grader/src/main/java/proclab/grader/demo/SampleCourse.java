package proclab.grader.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import proclab.grader.engine.Trees;

/**
 * The grader's bundled sample course (two small lessons in the shape of CONTRIBUTING.md), copied
 * out of the grader's classpath, so that {@code demo} and the grader's tests work without the real
 * course.
 */
public final class SampleCourse {
    private static final String RESOURCE = "/proclab/grader/sample-course";

    private SampleCourse() {
    }

    /** Copies the sample course into {@code dir} (replacing what is there) and returns {@code dir}. */
    public static Path copyTo(Path dir) {
        try {
            URI uri = SampleCourse.class.getResource(RESOURCE + "/README.md").toURI();
            Trees.delete(dir);
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.getPath(RESOURCE), dir);
                }
            } else {
                copy(Path.of(uri).getParent(), dir);
            }
            return dir;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the grader's sample course could not be copied to " + dir + ": " + e, e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
