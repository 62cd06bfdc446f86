package proclab.grader.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import proclab.grader.course.Lesson;
import proclab.grader.course.SourceTree;
import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.TestResult;
import proclab.grader.model.Verdict;
import proclab.testkit.LessonOutcome;

/**
 * Grades one lesson of one submission: lays the student's sources into a copy of the pristine
 * lesson, compiles them with the lesson's given code, runs the pristine tests in a JVM of their own
 * ({@code repeat} times), and turns what happened into a {@link LessonResult}.
 */
public final class LessonGrader {
    private final CompiledCourseTests courseTests;
    private final Sandbox sandbox;
    private final Limits limits;
    private final int repeat;
    private final boolean keepWork;
    private final boolean testsAreTheStudents;

    /**
     * @param testsAreTheStudents true when grading a checkout against its own tests ({@code self}):
     *                            tests that do not compile are then the student's compile error,
     *                            not a broken course
     */
    public LessonGrader(CompiledCourseTests courseTests, Sandbox sandbox, Limits limits, int repeat, boolean keepWork,
            boolean testsAreTheStudents) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1, not " + repeat);
        }
        this.courseTests = courseTests;
        this.sandbox = sandbox;
        this.limits = limits;
        this.repeat = repeat;
        this.keepWork = keepWork;
        this.testsAreTheStudents = testsAreTheStudents;
    }

    public Limits limits() {
        return limits;
    }

    public int repeat() {
        return repeat;
    }

    /**
     * Grades {@code sources} as the lesson's {@code src/main/java}, in {@code workDir}.
     *
     * @param selected the tests to run; all of them when empty (the others then do not appear)
     */
    public LessonResult grade(Lesson lesson, SourceTree sources, Path workDir, List<String> selected) {
        long start = System.nanoTime();
        LessonOutcome info = LessonOutcome.describe(lesson.dir(), List.of());
        CompiledCourseTests.Compiled tests;
        try {
            tests = courseTests.of(lesson);
        } catch (CourseBuildException e) {
            // Grading a checkout against its own tests, the "skeleton" is the student's code.
            boolean students = testsAreTheStudents && !e.compilerMessages().isEmpty();
            return new LessonResult(lesson.name(), info.title(), info.taskTitles(),
                    students ? LessonStatus.COMPILE_ERROR : LessonStatus.INFRA_ERROR,
                    students ? e.compilerMessages().strip() : e.getMessage(), List.of(), List.of(), List.of(),
                    millisSince(start));
        }
        List<ExpectedTest> expected = selected.isEmpty() ? tests.expected()
                : tests.expected().stream().filter(t -> selected.contains(t.test())).toList();
        try {
            return gradeCompiled(lesson, sources, workDir, selected, info, tests, expected, start);
        } catch (RuntimeException e) {
            return infrastructureError(lesson, info, expected, "The grader failed while grading this lesson: " + e, start);
        } finally {
            if (!keepWork) {
                try {
                    Trees.delete(workDir);
                } catch (RuntimeException e) {
                    // a folder that cannot be deleted now is replaced by the next run
                }
            }
        }
    }

    private LessonResult gradeCompiled(Lesson lesson, SourceTree sources, Path workDir, List<String> selected,
            LessonOutcome info, CompiledCourseTests.Compiled tests, List<ExpectedTest> expected, long start) {
        Trees.delete(workDir);
        Trees.copy(lesson.dir(), workDir, LessonGrader::isPristine);
        sources.writeTo(workDir.resolve(Lesson.STUDENT_SOURCES));
        Path classes = workDir.resolve("target/classes");
        JavaCompilation.Result compiled = JavaCompilation.compile(
                List.of(workDir.resolve(Lesson.STUDENT_SOURCES), workDir.resolve("src/common/java")),
                GraderClasspath.entries(), classes, workDir);
        if (!compiled.ok()) {
            List<TestResult> none = expected.stream().map(t -> notRun(t, "Did not run: the lesson did not compile."))
                    .toList();
            return new LessonResult(lesson.name(), info.title(), info.taskTitles(), LessonStatus.COMPILE_ERROR,
                    compiled.messages().strip(), none, List.of(), List.of(), millisSince(start));
        }
        // The pristine tests and libraries come first, so that no class of the student's can stand in for one.
        List<Path> classpath = new ArrayList<>();
        classpath.add(tests.testClasses());
        classpath.addAll(GraderClasspath.entries());
        classpath.add(classes);

        List<Map<String, AttemptVerdicts.Attempt>> attempts = new ArrayList<>();
        Set<String> leaks = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        for (int i = 0; i < repeat; i++) {
            LessonJvm.Run run = LessonJvm.run(new LessonJvm.Launch(workDir, classpath, tests.testClasses(), selected, limits),
                    sandbox);
            if (!run.started()) {
                return infrastructureError(lesson, info, expected, "The test JVM did not start (exit code "
                        + run.exitCode() + "). It printed: " + AttemptVerdicts.lastLines(run.output(), 10), start);
            }
            attempts.add(AttemptVerdicts.of(expected, run, limits));
            leaks.addAll(run.leaks());
            notes.addAll(notesOf(run));
        }
        List<TestResult> results = expected.stream().map(t -> combine(t, attempts)).toList();
        return new LessonResult(lesson.name(), info.title(), info.taskTitles(), LessonStatus.GRADED, "", results,
                List.copyOf(leaks), List.copyOf(notes), millisSince(start));
    }

    /** What a lesson's work copy takes from the pristine lesson: everything but the answers and the student's part. */
    private static boolean isPristine(String relative) {
        return !(relative.startsWith("src/main/") || relative.startsWith("src/solution/")
                || relative.startsWith("src/wrong/") || relative.startsWith("target/"));
    }

    /** Credit only when every attempt passed; the message of the first one that did not. */
    private static TestResult combine(ExpectedTest test, List<Map<String, AttemptVerdicts.Attempt>> attempts) {
        List<AttemptVerdicts.Attempt> mine = attempts.stream().map(a -> a.get(test.test())).toList();
        AttemptVerdicts.Attempt counted = mine.stream().filter(a -> !a.verdict().passed()).findFirst().orElse(mine.get(0));
        String message = counted.message();
        if (mine.size() > 1 && !counted.verdict().passed() && mine.stream().anyMatch(a -> a.verdict().passed())) {
            message = "Passed in " + mine.stream().filter(a -> a.verdict().passed()).count() + " of " + mine.size()
                    + " runs: a test must pass every time to count. " + message;
        }
        return new TestResult(test.test(), test.name(), test.task(), test.points(), counted.verdict(), message,
                test.hint(), counted.timeline(), mine.get(0).millis(), mine.stream().map(AttemptVerdicts.Attempt::verdict).toList());
    }

    private List<String> notesOf(LessonJvm.Run run) {
        List<String> notes = new ArrayList<>();
        if (run.processLimit()) {
            notes.add("The run reached the process limit (" + limits.maxProcesses() + " processes at once) and was ended.");
        }
        if (run.memoryLimit()) {
            notes.add("The run reached the memory limit (" + limits.memoryMb() + " MB): the system killed a process of it.");
        }
        if (run.killedAtDeadline()) {
            notes.add("The run reached the lesson's time limit (" + limits.lessonTime().toSeconds() + " s) and was ended.");
        }
        if (run.outputTruncated()) {
            notes.add("The run printed " + run.outputBytes() / 1024 + " KB; the grader kept the first and last "
                    + limits.keptOutputKb() + " KB.");
        }
        for (String process : run.unkillable()) {
            notes.add("The grader could not end " + process + ".");
        }
        return notes;
    }

    private static TestResult notRun(ExpectedTest test, String why) {
        return new TestResult(test.test(), test.name(), test.task(), test.points(), Verdict.DID_NOT_RUN, why,
                test.hint(), "", 0, List.of(Verdict.DID_NOT_RUN));
    }

    private static LessonResult infrastructureError(Lesson lesson, LessonOutcome info, List<ExpectedTest> expected,
            String problem, long start) {
        List<TestResult> none = expected.stream().map(t -> notRun(t, "Not graded: infrastructure error.")).toList();
        return new LessonResult(lesson.name(), info.title(), info.taskTitles(), LessonStatus.INFRA_ERROR, problem,
                none, List.of(), List.of(), millisSince(start));
    }

    /** The lesson scored 0 without running: missing from the submission, or the submission unreadable. */
    public LessonResult notGraded(Lesson lesson, LessonStatus status, String problem) {
        LessonOutcome info = LessonOutcome.describe(lesson.dir(), List.of());
        List<ExpectedTest> expected;
        try {
            expected = courseTests.of(lesson).expected();
        } catch (CourseBuildException e) {
            return new LessonResult(lesson.name(), info.title(), info.taskTitles(), LessonStatus.INFRA_ERROR,
                    e.getMessage(), List.of(), List.of(), List.of(), 0);
        }
        List<TestResult> none = expected.stream().map(t -> notRun(t, "Did not run: " + problem)).toList();
        return new LessonResult(lesson.name(), info.title(), info.taskTitles(), status, problem, none, List.of(),
                List.of(), 0);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
