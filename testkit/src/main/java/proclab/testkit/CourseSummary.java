package proclab.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints the course's total after a run over every lesson: the last step of {@code ./mvnw test}.
 * A lesson whose results are missing or older than its sources did not compile or did not run.
 *
 * <p>Arguments: the course folder, and where a lesson keeps its results relative to its folder.
 */
public final class CourseSummary {
    private CourseSummary() {
    }

    public static void main(String[] args) {
        Path course = Path.of(args[0]).toAbsolutePath().normalize();
        String resultsName = args.length > 1 ? args[1] : "target/proclab-results.json";
        List<LessonOutcome> graded = new ArrayList<>();
        List<String> notGraded = new ArrayList<>();
        for (Path lesson : lessons(course)) {
            Path results = lesson.resolve(resultsName);
            if (Files.exists(results) && !olderThanSources(results, lesson)) {
                graded.add(LessonOutcome.load(results));
            } else {
                notGraded.add(lesson.getFileName().toString());
            }
        }
        System.out.println();
        System.out.print(ScoreBoard.summary(graded));
        for (String lesson : notGraded) {
            System.out.println(lesson + " was not graded: it did not compile, or its tests did not run."
                    + " See the errors above, or run ./mvnw test -pl " + lesson);
        }
    }

    /** The lesson folders: {@code NN-topic}, in order. */
    static List<Path> lessons(Path course) {
        try (Stream<Path> entries = Files.list(course)) {
            return entries.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("\\d\\d-.+"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the lessons in " + course, e);
        }
    }

    private static boolean olderThanSources(Path results, Path lesson) {
        try (Stream<Path> sources = Files.walk(lesson.resolve("src"))) {
            FileTime resultsTime = Files.getLastModifiedTime(results);
            return sources.filter(Files::isRegularFile)
                    .anyMatch(source -> lastModified(source).compareTo(resultsTime) > 0);
        } catch (IOException e) {
            return false;
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
