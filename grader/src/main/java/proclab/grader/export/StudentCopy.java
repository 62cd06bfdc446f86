package proclab.grader.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import proclab.grader.course.Course;
import proclab.grader.course.Lesson;
import proclab.grader.engine.Trees;

/**
 * The course as students get it: everything but the lessons' reference solutions
 * ({@code src/solution}) and wrong solutions ({@code src/wrong}), build output and version control.
 *
 * <p>A lesson keeps an empty-handed {@code src/solution/java/README.md}: the build recognises a
 * lesson module by that folder (see the root pom's {@code lesson} profile).
 */
public final class StudentCopy {
    static final String PLACEHOLDER = """
            # No reference solution here

            This is the student copy of the course: the reference solution stays with the instructors.
            The folder is kept only because the build recognises a lesson module by it.
            """;
    private static final Set<String> NEVER = Set.of(".git", "target", ".idea", ".vscode");

    private StudentCopy() {
    }

    /** Writes the student copy of {@code course} into {@code out}, which must not exist or be empty. */
    public static void write(Course course, Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(course.root())) {
            throw new IllegalArgumentException("Write the student copy outside the course (" + course.root()
                    + "), not into " + target + ".");
        }
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new IllegalArgumentException(target + " already exists and is not empty: give a new folder.");
        }
        Set<String> lessons = course.lessonNames();
        Trees.copy(course.root(), target, relative -> keep(relative, lessons));
        for (Lesson lesson : course.lessons()) {
            if (lesson.hasSolution()) {
                write(target.resolve(lesson.name()).resolve("src/solution/java/README.md"), PLACEHOLDER);
            }
        }
    }

    private static boolean keep(String relative, Set<String> lessons) {
        String[] parts = relative.split("/");
        for (String part : parts) {
            if (NEVER.contains(part)) {
                return false;
            }
        }
        boolean inLesson = parts.length > 2 && lessons.contains(parts[0]) && parts[1].equals("src");
        return !(inLesson && (parts[2].equals("solution") || parts[2].equals("wrong")));
    }

    private static boolean isEmptyFolder(Path dir) {
        try (var entries = Files.list(dir)) {
            return Files.isDirectory(dir) && entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
