package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import proclab.grader.demo.SampleCourse;
import proclab.grader.engine.Trees;

/** verify-course on the sample lesson 02-echo: honest as it is, and caught when it is not. */
class VerifyCourseTest {
    private static final String ECHO_SOLUTION = "02-echo/src/solution/java/proclab/echo/Echo.java";

    @Test
    void anHonestLessonHolds() {
        Console verify = Console.run("verify-course", "--course", Fixtures.course().root().toString(), "--lessons",
                "02-echo", "--work", Fixtures.freshDir("verify/honest").toString(), "--test-timeout", "60s");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("the reference passes all 2 graded tests (100/100)",
                "the skeleton fails all 2 graded tests", "wrong/exit-zero fails exitCodeIsTheCount",
                "The course holds");
    }

    @Test
    void aTestThatPassesOnTheSkeletonAndAWrongSolutionThatPassesAreNamed() throws IOException {
        Path course = SampleCourse.copyTo(Fixtures.WORK.resolve("verify/broken-course"));
        Trees.delete(course.resolve("01-tally"));
        // The skeleton prints its arguments already, and the "wrong" solution is the reference.
        Files.copy(course.resolve(ECHO_SOLUTION), course.resolve("02-echo/src/main/java/proclab/echo/Echo.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(course.resolve(ECHO_SOLUTION), course.resolve("02-echo/src/wrong/exit-zero/java/proclab/echo/Echo.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path namesNothing = course.resolve("02-echo/src/wrong/names-nothing");
        Files.createDirectories(namesNothing.resolve("java"));
        Files.writeString(namesNothing.resolve("mistake.properties"),
                "description=Names a test that does not exist\nmustFail=proclab.echo.EchoTest#noSuchTest\n");

        Console verify = Console.run("verify-course", "--course", course.toString(), "--work",
                Fixtures.freshDir("verify/broken").toString(), "--test-timeout", "60s", "--jobs", "2");

        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(1);
        assertThat(verify.out()).contains(
                "FAIL  the skeleton passes proclab.echo.EchoTest#printsTheArguments",
                "FAIL  the skeleton passes proclab.echo.EchoTest#exitCodeIsTheCount",
                "FAIL  wrong/exit-zero passes proclab.echo.EchoTest#exitCodeIsTheCount",
                "FAIL  wrong/names-nothing names [proclab.echo.EchoTest#noSuchTest], which is not a graded test",
                "checks failed");
    }
}
