package proclab.grader.engine;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The grader's own classpath: mp, testkit, JUnit, AssertJ, Awaitility and the grader's runner.
 * A lesson's tests compile and run with it, plus the lesson's own classes.
 */
public final class GraderClasspath {
    private GraderClasspath() {
    }

    /** Every entry of this JVM's classpath that exists, as absolute paths. */
    public static List<Path> entries() {
        return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().normalize())
                .filter(Files::exists)
                .distinct()
                .toList();
    }

    /** The JDK tool or launcher {@code name} of the JDK the grader runs on. */
    public static Path javaTool(String name) {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path windows = bin.resolve(name + ".exe");
        return Files.exists(windows) ? windows : bin.resolve(name);
    }

    public static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
