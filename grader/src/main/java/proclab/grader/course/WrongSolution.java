package proclab.grader.course;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A typical wrong solution of a lesson: {@code src/wrong/<slug>/mistake.properties} and a
 * {@code java/} tree of files laid over the reference. The course check proves that it fails the
 * tests it names.
 *
 * @param slug        the folder's name
 * @param description what the mistake is
 * @param mustFail    the tests ({@code Class#method}) that must catch it
 * @param overlay     the {@code java/} tree
 */
public record WrongSolution(String slug, String description, List<String> mustFail, Path overlay) {
    static List<WrongSolution> all(Path wrongDir) {
        if (!Files.isDirectory(wrongDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(wrongDir)) {
            return dirs.filter(Files::isDirectory).sorted().map(WrongSolution::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + wrongDir, e);
        }
    }

    /**
     * Reads one wrong solution.
     *
     * @throws IllegalArgumentException naming the file and what is missing in it
     */
    public static WrongSolution load(Path dir) {
        Path file = dir.resolve("mistake.properties");
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(dir + " has no mistake.properties: add one with description=..."
                    + " and mustFail=Class#method (see CONTRIBUTING.md).");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        String description = properties.getProperty("description", "").strip();
        List<String> mustFail = Arrays.stream(properties.getProperty("mustFail", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (mustFail.isEmpty()) {
            throw new IllegalArgumentException(file + " names no test: add mustFail=Class#method,...");
        }
        for (String test : mustFail) {
            if (!test.matches("[\\w.$]+#\\w+")) {
                throw new IllegalArgumentException(file + ": mustFail entry '" + test
                        + "' is not Class#method (the class with its package, then # and the method).");
            }
        }
        Path overlay = dir.resolve("java");
        if (!Files.isDirectory(overlay)) {
            throw new IllegalArgumentException(dir + " has no java/ folder with the files that differ from the reference.");
        }
        return new WrongSolution(dir.getFileName().toString(), description, mustFail, overlay);
    }
}
