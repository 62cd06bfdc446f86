package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import proclab.grader.demo.SampleCourse;
import proclab.grader.engine.Trees;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;

/** When the grader cannot do its work, the lesson has no score: not a 0, not a pass, and it is regraded. */
class InfrastructureErrorTest {
    @Test
    void aCourseWhoseTestsDoNotCompileIsAnInfrastructureErrorNotAZero() throws Exception {
        Path course = SampleCourse.copyTo(Fixtures.WORK.resolve("infra/course"));
        Trees.delete(course.resolve("01-tally"));
        Files.writeString(course.resolve("02-echo/src/test/java/proclab/echo/EchoTest.java"), "class Broken {",
                java.nio.file.StandardOpenOption.APPEND);
        Path submissions = Fixtures.freshDir("infra/submissions");
        Fixtures.folder(submissions, "ann", Map.of("02-echo", Fixtures.reference("02-echo")));
        Path out = Fixtures.freshDir("infra/out");

        for (int run = 1; run <= 2; run++) {
            Console grade = Console.run("grade", submissions.toString(), "-o", out.toString(), "--course",
                    course.toString());
            assertThat(grade.exitCode()).as("run %d: %s", run, grade.err()).isEqualTo(3);
            assertThat(grade.out()).contains("ERR").contains("Run the same command again");
            assertThat(grade.out()).as("run %d grades it again", run).contains("Graded 1 lesson(s), 0 already");
        }
        try (Gradebook gradebook = Gradebook.open(out.resolve("gradebook.db"))) {
            LessonResult lesson = gradebook.lesson("ann", "02-echo").orElseThrow();
            assertThat(lesson.status()).isEqualTo(LessonStatus.INFRA_ERROR);
            assertThat(lesson.problem()).contains("tests do not compile").contains("EchoTest.java");
            assertThat(lesson.scored()).isFalse();
        }
        assertThat(Files.readAllLines(out.resolve("grades.csv")).get(1)).startsWith("ann,ERROR,");
    }
}
