package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import proclab.grader.course.SourceTree;
import proclab.grader.demo.SampleCourse;
import proclab.grader.engine.Trees;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.grading.ClassGrading;
import proclab.grader.grading.ProgressBar;
import proclab.grader.model.StudentResult;
import proclab.grader.report.FeedbackText;
import proclab.testkit.LessonOutcome;
import proclab.testkit.TestOutcome;

/** What a student sees: self, the grader's feedback and the end of ./mvnw test say the same. */
class SelfAndSummaryTest {
    @Test
    void selfPrintsWordForWordTheFeedbackTheGraderGivesForTheSameCode() throws Exception {
        Path checkout = SampleCourse.copyTo(Fixtures.WORK.resolve("self/checkout"));
        Trees.delete(checkout.resolve("01-tally"));
        Path wrong = checkout.resolve("02-echo/src/wrong/exit-zero/java");
        SourceTree studentCode = SourceTree.read(wrong);
        Trees.delete(checkout.resolve("02-echo/src/main/java"));
        studentCode.writeTo(checkout.resolve("02-echo/src/main/java"));

        Console self = Console.run("self", "--course", checkout.toString(), "--test-timeout", "60s");

        Path submissions = Fixtures.freshDir("self/submissions");
        Fixtures.folder(submissions, "student", Map.of("02-echo", studentCode));
        Path out = Fixtures.freshDir("self/out");
        try (Gradebook gradebook = Gradebook.open(out.resolve("gradebook.db"))) {
            new ClassGrading(Fixtures.course().only(java.util.Set.of("02-echo")), Fixtures.grader(1), gradebook,
                    out.resolve("work"), 1).grade(ClassGradingTest.list(submissions), false, "test",
                    new ProgressBar(System.err, 1, false));
            StudentResult graded = gradebook.results().get(0);
            assertThat(self.exitCode()).isZero();
            assertThat(self.out()).isEqualTo(FeedbackText.of(graded));
            assertThat(self.out()).contains("PASS  1. Print the arguments", "FAIL  2. Exit with the count")
                    .containsPattern("TOTAL \\.+ 60/100");
        }
    }

    @Test
    void theEndOfTheStudentsTestRunIsTheSameSummary() throws Exception {
        Path course = Fixtures.freshDir("summary/course");
        for (String lesson : List.of("01-one", "02-two")) {
            Files.createDirectories(course.resolve(lesson).resolve("src/test/java"));
        }
        LessonOutcome one = new LessonOutcome("01-one", "01 · One", Map.of(1, "First"), List.of(new TestOutcome(
                "a.OneTest#first", "first()", 1, 100, TestOutcome.Status.PASSED, "", "", "", 10)));
        one.save(course.resolve("01-one/target/proclab-results.json"));

        PrintStream old = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            StudentSummary.main(new String[] {course.toString(), "target/proclab-results.json"});
        } finally {
            System.setOut(old);
        }
        String notGraded = "02-two was not graded: it did not compile, or its tests did not run."
                + " See the errors above, or run ./mvnw test -pl 02-two";
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo(System.lineSeparator() + FeedbackText.summary(List.of(one), List.of(notGraded)));
    }
}
