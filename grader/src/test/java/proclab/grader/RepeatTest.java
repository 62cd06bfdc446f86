package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import proclab.grader.course.SourceTree;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.grading.ClassGrading;
import proclab.grader.grading.ProgressBar;
import proclab.grader.model.LessonResult;
import proclab.grader.model.TestResult;
import proclab.grader.model.Verdict;

/** With --repeat, a test earns its points only when it passes every time, and a flaky one is reported. */
class RepeatTest {
    /** Exits with the count only from its third run on in the same folder: a test of it fails once, then passes. */
    private static final String PASSES_ON_A_RERUN = """
            package proclab.echo;

            import java.nio.file.Files;
            import java.nio.file.Path;

            public final class Echo {
                private Echo() {
                }

                public static void main(String[] args) throws Exception {
                    Path runs = Path.of("echo-runs");
                    Files.writeString(runs, "x", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    System.out.println(String.join(" ", args));
                    System.exit(Files.readString(runs).length() >= 3 ? args.length : 0);
                }
            }
            """;

    @Test
    void aTestThatPassesOnlyOnARerunEarnsNothingAndIsReportedAsFlaky() throws Exception {
        Path submissions = Fixtures.freshDir("repeat/submissions");
        Fixtures.folder(submissions, "reference", Map.of("02-echo", Fixtures.reference("02-echo")));
        Fixtures.folder(submissions, "rerun", Map.of("02-echo", new SourceTree(Map.of("proclab/echo/Echo.java",
                PASSES_ON_A_RERUN.getBytes(StandardCharsets.UTF_8)))));
        Path out = Fixtures.freshDir("repeat/out");
        try (Gradebook gradebook = Gradebook.open(out.resolve("gradebook.db"))) {
            new ClassGrading(Fixtures.course().only(java.util.Set.of("02-echo")), Fixtures.grader(2), gradebook,
                    out.resolve("work"), 1).grade(ClassGradingTest.list(submissions), false, "test",
                    new ProgressBar(System.err, 2, false));

            LessonResult reference = gradebook.lesson("reference", "02-echo").orElseThrow();
            assertThat(reference.earned()).isEqualTo(100);
            assertThat(reference.tests()).allMatch(t -> t.attempts().equals(List.of(Verdict.PASSED, Verdict.PASSED)));

            LessonResult rerun = gradebook.lesson("rerun", "02-echo").orElseThrow();
            TestResult exitCode = rerun.tests().stream().filter(t -> t.method().equals("exitCodeIsTheCount")).findFirst()
                    .orElseThrow();
            assertThat(exitCode.attempts()).containsExactly(Verdict.FAILED, Verdict.PASSED);
            assertThat(exitCode.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(exitCode.earned()).isZero();
            assertThat(exitCode.message()).startsWith("Passed in 1 of 2 runs");
            assertThat(rerun.earned()).as("only printsTheArguments, which passed both times").isEqualTo(60);

            assertThat(gradebook.flakyTests()).singleElement().satisfies(flaky -> {
                assertThat(flaky.student()).isEqualTo("rerun");
                assertThat(flaky.test()).isEqualTo("proclab.echo.EchoTest#exitCodeIsTheCount");
                assertThat(flaky.verdicts()).containsExactly("FAILED", "PASSED");
            });
        }
    }
}
