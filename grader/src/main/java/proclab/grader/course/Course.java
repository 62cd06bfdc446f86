package proclab.grader.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pristine course: the instructor's checkout whose tests, given code and build grade every
 * submission.
 */
public final class Course {
    private final Path root;
    private final List<Lesson> lessons;

    private Course(Path root, List<Lesson> lessons) {
        this.root = root;
        this.lessons = lessons;
    }

    /**
     * The course at {@code root}: its lessons are the folders {@code NN-topic} that have tests.
     *
     * @throws IllegalArgumentException when {@code root} is not a folder
     */
    public static Course at(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("The course folder " + dir + " does not exist."
                    + " Give the folder of a proclab checkout with --course.");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Lesson> lessons = entries
                    .filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("\\d\\d-[a-z0-9-]+"))
                    .filter(p -> Files.isDirectory(p.resolve("src/test/java")))
                    .sorted()
                    .map(p -> new Lesson(p.getFileName().toString(), p))
                    .collect(Collectors.toList());
            return new Course(dir, lessons);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the lessons in " + dir, e);
        }
    }

    /**
     * The course this folder belongs to: {@code start} or the nearest folder above it that holds
     * a proclab build (a {@code pom.xml} beside {@code mp} and {@code testkit}).
     */
    public static Course around(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("mp"))
                    && Files.isDirectory(dir.resolve("testkit"))) {
                return at(dir);
            }
        }
        throw new IllegalArgumentException("No proclab course around " + start.toAbsolutePath()
                + ": run the grader inside a checkout, or give the course folder with --course.");
    }

    public Path root() {
        return root;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** Only the named lessons; every name must exist. */
    public Course only(Set<String> names) {
        if (names == null || names.isEmpty()) {
            return this;
        }
        Set<String> known = lessons.stream().map(Lesson::name).collect(Collectors.toSet());
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No lesson " + String.join(", ", unknown) + " in " + root
                    + ". Its lessons are: " + (known.isEmpty() ? "none yet" : String.join(", ", known.stream().sorted().toList())));
        }
        return new Course(root, lessons.stream().filter(l -> names.contains(l.name())).toList());
    }

    public Set<String> lessonNames() {
        return lessons.stream().map(Lesson::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
