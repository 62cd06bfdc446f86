package proclab.grader.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import proclab.grader.course.Course;
import proclab.grader.course.Lesson;
import proclab.grader.course.SourceTree;
import proclab.grader.course.WrongSolution;
import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.CourseBuildException;
import proclab.grader.engine.ExpectedTest;
import proclab.grader.engine.LessonGrader;
import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.TestResult;
import proclab.testkit.LessonOutcome;

/**
 * The proof that a course's tests are honest: with the reference every graded test passes; on the
 * skeleton every graded test fails (one that passes grades nothing); every wrong solution fails
 * the tests it names; and each lesson's points add up to 100.
 */
public final class CourseVerifier {
    private final Course course;
    private final CompiledCourseTests courseTests;
    private final LessonGrader grader;
    private final Path work;
    private final int jobs;

    public CourseVerifier(Course course, CompiledCourseTests courseTests, LessonGrader grader, Path work, int jobs) {
        this.course = course;
        this.courseTests = courseTests;
        this.grader = grader;
        this.work = work;
        this.jobs = jobs;
    }

    /** One finding: a check that held, or one that did not, with why. */
    public record Check(String lesson, boolean ok, String text) {
        @Override
        public String toString() {
            return (ok ? "  ok    " : "  FAIL  ") + text;
        }
    }

    /** Runs every check; the checks come back in course order, whatever order they ran in. */
    public List<Check> verify(java.util.function.Consumer<Check> onEach) throws InterruptedException {
        List<Check> checks = new ArrayList<>();
        List<Future<List<Check>>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            for (Lesson lesson : course.lessons()) {
                for (Variant variant : variants(lesson)) {
                    running.add(pool.submit(() -> variant.check()));
                }
            }
            for (Future<List<Check>> future : running) {
                try {
                    for (Check check : future.get()) {
                        checks.add(check);
                        onEach.accept(check);
                    }
                } catch (ExecutionException e) {
                    Check failed = new Check("", false, "the check itself failed: " + e.getCause());
                    checks.add(failed);
                    onEach.accept(failed);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return checks;
    }

    /** One thing to grade for the proof, and what its result must be. */
    private interface Variant {
        List<Check> check();
    }

    private List<Variant> variants(Lesson lesson) {
        List<Variant> variants = new ArrayList<>();
        variants.add(() -> declared(lesson));
        variants.add(() -> reference(lesson));
        variants.add(() -> skeleton(lesson));
        List<WrongSolution> wrongs;
        try {
            wrongs = lesson.wrongSolutions();
        } catch (RuntimeException e) {
            variants.add(() -> List.of(new Check(lesson.name(), false, e.getMessage())));
            return variants;
        }
        for (WrongSolution wrong : wrongs) {
            variants.add(() -> wrong(lesson, wrong));
        }
        return variants;
    }

    private List<Check> declared(Lesson lesson) {
        CompiledCourseTests.Compiled tests;
        try {
            tests = courseTests.of(lesson);
        } catch (CourseBuildException e) {
            return List.of(new Check(lesson.name(), false, e.getMessage()));
        }
        List<Check> checks = new ArrayList<>();
        int points = tests.available();
        checks.add(new Check(lesson.name(), points == 100, tests.expected().size() + " graded tests worth " + points
                + " points" + (points == 100 ? "" : ": a lesson's points must add up to 100")));
        Set<Integer> untitled = new TreeSet<>();
        var titles = LessonOutcome.describe(lesson.dir(), List.of()).taskTitles();
        for (ExpectedTest test : tests.expected()) {
            if (!titles.containsKey(test.task())) {
                untitled.add(test.task());
            }
        }
        if (!untitled.isEmpty()) {
            checks.add(new Check(lesson.name(), false, "README.md has no '## N. Title' heading for task(s) "
                    + untitled + " that graded tests name"));
        }
        return checks;
    }

    private List<Check> reference(Lesson lesson) {
        LessonResult result = grade(lesson, SourceTree.read(lesson.solution()), "reference", List.of());
        if (result.status() != LessonStatus.GRADED) {
            return List.of(new Check(lesson.name(), false, "the reference was not graded (" + result.status() + "): "
                    + result.problem()));
        }
        List<TestResult> failing = result.tests().stream().filter(t -> !t.passed()).toList();
        if (failing.isEmpty()) {
            return List.of(new Check(lesson.name(), true, "the reference passes all " + result.tests().size()
                    + " graded tests (" + result.earned() + "/" + result.available() + ")"));
        }
        return failing.stream().map(t -> new Check(lesson.name(), false, "the reference fails " + t.test()
                + ": " + firstLine(t.message()))).toList();
    }

    private List<Check> skeleton(Lesson lesson) {
        LessonResult result = grade(lesson, SourceTree.read(lesson.skeleton()), "skeleton", List.of());
        if (result.status() != LessonStatus.GRADED) {
            return List.of(new Check(lesson.name(), false, "the skeleton was not graded (" + result.status() + "): "
                    + result.problem()));
        }
        // With --repeat, a test that passed in any run passes on the skeleton: it does not always fail.
        List<TestResult> passing = result.tests().stream().filter(CourseVerifier::passedOnce).toList();
        if (passing.isEmpty()) {
            return List.of(new Check(lesson.name(), true, "the skeleton fails all " + result.tests().size()
                    + " graded tests"));
        }
        return passing.stream().map(t -> new Check(lesson.name(), false, "the skeleton passes " + t.test()
                + ": a test that passes on the skeleton grades nothing")).toList();
    }

    private List<Check> wrong(Lesson lesson, WrongSolution wrong) {
        Set<String> known;
        try {
            known = courseTests.of(lesson).expected().stream().map(ExpectedTest::test).collect(Collectors.toSet());
        } catch (CourseBuildException e) {
            return List.of(new Check(lesson.name(), false, "wrong/" + wrong.slug() + ": " + e.getMessage()));
        }
        List<String> unknown = wrong.mustFail().stream().filter(t -> !known.contains(t)).toList();
        if (!unknown.isEmpty()) {
            return List.of(new Check(lesson.name(), false, "wrong/" + wrong.slug() + " names " + unknown
                    + ", which is not a graded test of " + lesson.name()));
        }
        SourceTree sources = SourceTree.read(lesson.solution()).overlaidWith(SourceTree.read(wrong.overlay()));
        LessonResult result = grade(lesson, sources, "wrong-" + wrong.slug(), wrong.mustFail());
        if (result.status() != LessonStatus.GRADED) {
            return List.of(new Check(lesson.name(), false, "wrong/" + wrong.slug() + " was not graded ("
                    + result.status() + "): " + result.problem()));
        }
        List<Check> checks = new ArrayList<>();
        for (TestResult test : result.tests()) {
            checks.add(passedOnce(test)
                    ? new Check(lesson.name(), false, "wrong/" + wrong.slug() + " passes " + test.test()
                            + ", which should catch it (" + wrong.description() + ")")
                    : new Check(lesson.name(), true, "wrong/" + wrong.slug() + " fails " + test.method()));
        }
        return checks;
    }

    private LessonResult grade(Lesson lesson, SourceTree sources, String variant, List<String> selected) {
        return grader.grade(lesson, sources, work.resolve(lesson.name()).resolve(variant), selected);
    }

    private static boolean passedOnce(TestResult test) {
        return test.attempts().contains(proclab.grader.model.Verdict.PASSED);
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline) + " ...";
    }
}
