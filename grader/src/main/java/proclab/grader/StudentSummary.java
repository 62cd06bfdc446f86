package proclab.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import proclab.grader.course.Course;
import proclab.grader.course.Lesson;
import proclab.grader.report.FeedbackText;
import proclab.testkit.LessonOutcome;

/**
 * The last step of a student's {@code ./mvnw test}: the course total, from the results each
 * lesson's test run saved, in the same words as the grader's feedback. A lesson whose results are
 * missing or older than its sources did not compile or did not run.
 *
 * <p>Arguments: the course folder, and where a lesson keeps its results relative to its folder.
 */
public final class StudentSummary {
    private StudentSummary() {
    }

    public static void main(String[] args) {
        Course course = Course.at(Path.of(args[0]));
        String resultsName = args.length > 1 ? args[1] : "target/proclab-results.json";
        List<LessonOutcome> graded = new ArrayList<>();
        List<String> notGraded = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            Path results = lesson.dir().resolve(resultsName);
            if (Files.exists(results) && !olderThanSources(results, lesson.dir())) {
                graded.add(LessonOutcome.load(results));
            } else {
                notGraded.add(lesson.name() + " was not graded: it did not compile, or its tests did not run."
                        + " See the errors above, or run ./mvnw test -pl " + lesson.name());
            }
        }
        System.out.println();
        System.out.print(FeedbackText.summary(graded, notGraded));
    }

    private static boolean olderThanSources(Path results, Path lesson) {
        try (Stream<Path> sources = Files.walk(lesson.resolve("src"))) {
            FileTime resultsTime = Files.getLastModifiedTime(results);
            return sources.filter(Files::isRegularFile).anyMatch(source -> {
                try {
                    return Files.getLastModifiedTime(source).compareTo(resultsTime) > 0;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }
}
