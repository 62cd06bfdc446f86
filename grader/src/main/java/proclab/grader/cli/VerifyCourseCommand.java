package proclab.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import proclab.grader.Main;
import proclab.grader.course.Course;
import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.LessonGrader;
import proclab.grader.engine.Sandbox;
import proclab.grader.verify.CourseVerifier;

/** {@code verify-course}: the proof that every lesson's tests are honest. */
@Command(name = "verify-course", mixinStandardHelpOptions = true,
        description = {"Proves the course's tests honest: the reference passes every graded test, the skeleton fails"
            + " every one, each wrong solution in src/wrong/ fails the tests it names, and each lesson's points add up"
            + " to 100.", "Exit code 0 when all of it holds, 1 when something does not (each problem is printed)."})
public final class VerifyCourseCommand implements Callable<Integer> {
    @Mixin
    CourseOption courseOption;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--lessons", split = ",", paramLabel = "NN-topic", description = "Only these lessons.")
    Set<String> lessons;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to compile and run (default: target/verify-course).")
    Path work;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
            description = "Gradings to run at once (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Run each grading K times: a verdict must be the same every time (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        Course course = courseOption.course().only(lessons);
        if (course.lessons().isEmpty()) {
            System.out.println("No lessons in " + course.root() + " yet: nothing to verify.");
            return Main.OK;
        }
        Path workDir = (work != null ? work : course.root().resolve("target/verify-course")).toAbsolutePath();
        CompiledCourseTests tests = new CompiledCourseTests(workDir.resolve("compiled-tests"));
        LessonGrader grader = new LessonGrader(tests, Sandbox.detect(), limitOptions.limits(), repeat, false, false);
        System.out.println("Verifying " + course.lessons().size() + " lesson(s) of " + course.root());
        String[] lastLesson = {""};
        List<CourseVerifier.Check> checks = new CourseVerifier(course, tests, grader, workDir.resolve("runs"), jobs)
                .verify(check -> {
                    if (!check.lesson().equals(lastLesson[0])) {
                        System.out.println(check.lesson());
                        lastLesson[0] = check.lesson();
                    }
                    System.out.println(check);
                    System.out.flush();
                });
        long failed = checks.stream().filter(c -> !c.ok()).count();
        System.out.println(failed == 0 ? "The course holds: " + checks.size() + " checks passed."
                : failed + " of " + checks.size() + " checks failed.");
        return failed == 0 ? Main.OK : Main.CHECK_FAILED;
    }
}
