package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import proclab.grader.demo.DemoSamples;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.grading.ClassGrading;
import proclab.grader.grading.ProgressBar;
import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;
import proclab.grader.model.Verdict;
import proclab.grader.submission.SubmissionFolder;

/**
 * A whole class graded once by the real command, with real test JVMs: a correct submission, the
 * skeleton, a wrong one, and every kind of hostile one. Each test then checks one thing about it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassGradingTest {
    private static final String TALLY = "01-tally";
    private static final String ECHO = "02-echo";
    private static final String FORK_BOMB = "for (;;) { try { new ProcessBuilder(\"sleep\", \"611\").start(); }"
            + " catch (java.io.IOException e) { Thread.onSpinWait(); } }";

    private Path submissions;
    private Path out;
    private int exitCode;
    private Instant started;
    private Map<String, StudentResult> results;
    private final Path outsideTarget = Fixtures.WORK.resolve("zip-slip-target/escaped.java");

    @BeforeAll
    void gradeTheClass() throws IOException {
        started = Instant.now();
        submissions = Fixtures.freshDir("class/submissions");
        out = Fixtures.freshDir("class/out");
        Files.deleteIfExists(outsideTarget);

        // A full clone: every lesson's reference, and a pom and tests of its own beside them.
        Path clone = Fixtures.folder(submissions, "reference", Map.of(TALLY, Fixtures.reference(TALLY),
                ECHO, Fixtures.reference(ECHO)));
        Files.writeString(clone.resolve("pom.xml"), "<project/>");
        Files.writeString(clone.resolve(ECHO + "/README.md"), "# edited");
        Fixtures.folder(submissions, "skeleton", Map.of(TALLY, Fixtures.skeleton(TALLY), ECHO, Fixtures.skeleton(ECHO)));
        // An archive that wraps the checkout in a folder, as a download from a Git host does.
        Fixtures.zip(submissions.resolve("no-lock.zip"), Fixtures.entries("proclab-main/", Map.of(TALLY,
                Fixtures.reference(TALLY).overlaidWith(proclab.grader.course.SourceTree.read(
                        Fixtures.lesson(TALLY).wrongSolutions().get(0).overlay())))));
        Fixtures.folder(submissions, "does-not-compile", Map.of(TALLY, Fixtures.tally("this is not Java;", null)));
        Fixtures.folder(submissions, "fork-bomb", Map.of(TALLY, Fixtures.tally(FORK_BOMB, null)));
        Fixtures.folder(submissions, "leaks", Map.of(TALLY, Fixtures.tally(null,
                "Runtime.getRuntime().addShutdownHook(new Thread(() -> { try { new ProcessBuilder(\"sleep\", \"622\")"
                        + ".start(); } catch (java.io.IOException e) { throw new RuntimeException(e); } }));"
                        + " Process squarer = new Process(() -> { for (int n = numbers.get(); n >= 0; n = numbers.get())"
                        + " { squares.put((long) n * n); } }); squarer.start(); return squarer;")));
        Fixtures.folder(submissions, "exits", Map.of(TALLY, Fixtures.tally("System.exit(0);", null)));
        Path samples = Fixtures.freshDir("class/samples");
        new DemoSamples(Fixtures.course(), Fixtures.tests()).writeTo(samples);
        Files.copy(samples.resolve("edits-tests.zip"), submissions.resolve("edits-tests.zip"));
        Files.write(submissions.resolve("broken.zip"), "PK\u0003\u0004 this is no archive".getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> slip = new LinkedHashMap<>(Fixtures.entries("", Map.of(ECHO, Fixtures.reference(ECHO))));
        slip.put("../../zip-slip-target/escaped.java", "class Escaped {}");
        Fixtures.zip(submissions.resolve("zip-slip.zip"), slip);
        Files.createDirectories(submissions.resolve("nobody"));
        Files.writeString(submissions.resolve("notes.txt"), "not a submission");

        List<String> args = new ArrayList<>(List.of("grade", submissions.toString(), "-o", out.toString(),
                "--course", Fixtures.course().root().toString(), "--jobs", "2"));
        args.addAll(List.of(Fixtures.limitOptions()));
        exitCode = Main.run(args.toArray(String[]::new));
        try (Gradebook gradebook = Gradebook.open(out.resolve("gradebook.db"))) {
            results = gradebook.results().stream().collect(Collectors.toMap(StudentResult::student, s -> s));
        }
    }

    private LessonResult lesson(String student, String lesson) {
        return results.get(student).lessons().stream().filter(l -> l.lesson().equals(lesson)).findFirst().orElseThrow();
    }

    private TestResult test(String student, String lesson, String method) {
        return lesson(student, lesson).tests().stream().filter(t -> t.method().equals(method)).findFirst().orElseThrow();
    }

    @Test
    void everyLessonWasGradedWithoutAnInfrastructureError() {
        assertThat(exitCode).as("grade's exit code").isZero();
        assertThat(results.keySet()).containsExactlyInAnyOrder("reference", "skeleton", "no-lock", "does-not-compile",
                "fork-bomb", "leaks", "exits", "edits-tests", "broken", "zip-slip", "nobody");
        assertThat(results.values()).allMatch(StudentResult::complete);
    }

    @Test
    void everyGradedTestOfTheCourseHasARowForEveryStudent() {
        for (StudentResult student : results.values()) {
            for (LessonResult lesson : student.lessons()) {
                List<String> expected = Fixtures.tests().of(Fixtures.lesson(lesson.lesson())).expected().stream()
                        .map(t -> t.test()).toList();
                assertThat(lesson.tests()).as("%s's %s", student.student(), lesson.lesson())
                        .extracting(TestResult::test).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void theReferenceEarnsEveryPointThoughItBringsAPomAndAnEditedReadme() {
        assertThat(results.get("reference").earned()).isEqualTo(200);
        assertThat(lesson("reference", ECHO).title()).as("the title comes from the pristine README").isEqualTo("02 · Echo");
    }

    @Test
    void theSkeletonEarnsNothingAndItsTodosAreNotStarted() {
        assertThat(results.get("skeleton").earned()).isZero();
        assertThat(test("skeleton", TALLY, "squaresInAChild").verdict()).isEqualTo(Verdict.NOT_STARTED);
        assertThat(test("skeleton", TALLY, "addsOneEachTime").verdict()).isEqualTo(Verdict.NOT_STARTED);
    }

    @Test
    void aWrongSolutionInAWrappedArchiveFailsOnlyTheRaceTest() {
        assertThat(lesson("no-lock", TALLY).tests()).filteredOn(t -> !t.passed()).extracting(TestResult::method)
                .containsExactly("twoProcessesLoseNoUpdate");
        assertThat(test("no-lock", TALLY, "twoProcessesLoseNoUpdate").message()).contains("additions were lost");
        assertThat(test("no-lock", TALLY, "twoProcessesLoseNoUpdate").timeline()).as("the processes' timeline")
                .contains("adder-0").contains("value.get");
        assertThat(lesson("no-lock", ECHO).status()).isEqualTo(LessonStatus.MISSING);
    }

    @Test
    void codeThatDoesNotCompileScoresZeroWithTheCompilersMessage() {
        LessonResult lesson = lesson("does-not-compile", TALLY);
        assertThat(lesson.status()).isEqualTo(LessonStatus.COMPILE_ERROR);
        assertThat(lesson.problem()).contains("src/main/java/proclab/tally/Tally.java:").contains("error:");
        assertThat(lesson.earned()).isZero();
        assertThat(lesson.available()).isEqualTo(100);
    }

    @Test
    void aForkBombIsStoppedAtTheProcessLimitAndLeavesNoProcessBehind() {
        LessonResult lesson = lesson("fork-bomb", TALLY);
        assertThat(lesson.earned()).isZero();
        assertThat(lesson.notes()).anyMatch(n -> n.contains("process limit"));
        assertThat(test("fork-bomb", TALLY, "addsOneEachTime").message()).contains("more than 16 processes");
        assertThat(aliveStartedSince("sleep 611")).as("the fork bomb's processes").isEmpty();
    }

    @Test
    void aProcessLeftRunningAfterTheTestsIsReportedAsALeakAndKilled() {
        LessonResult lesson = lesson("leaks", TALLY);
        assertThat(lesson.earned()).as("the leak costs no points; the tests passed").isEqualTo(100);
        assertThat(lesson.leaks()).anyMatch(l -> l.contains("sleep 622"));
        assertThat(aliveStartedSince("sleep 622")).as("the leaked process").isEmpty();
    }

    @Test
    void systemExitInTheStudentsCodeFailsTheTestsWithAReasonNotAMissingRow() {
        LessonResult lesson = lesson("exits", TALLY);
        assertThat(lesson.status()).isEqualTo(LessonStatus.GRADED);
        assertThat(lesson.earned()).isZero();
        TestResult first = lesson.tests().get(0);
        assertThat(first.message()).contains("ended early").contains("System.exit");
        assertThat(lesson.tests()).allMatch(t -> !t.passed());
    }

    @Test
    void editedTestsPomAndTestkitChangeNothing() {
        assertThat(results.get("edits-tests").earned()).isZero();
        for (String lesson : List.of(TALLY, ECHO)) {
            assertThat(lesson("edits-tests", lesson).tests()).extracting(TestResult::verdict)
                    .as("the verdicts of %s: the skeleton's", lesson)
                    .containsExactlyElementsOf(lesson("skeleton", lesson).tests().stream().map(TestResult::verdict).toList());
        }
    }

    @Test
    void aBrokenArchiveScoresZeroWithAMessageAndGradingGoesOn() {
        for (LessonResult lesson : results.get("broken").lessons()) {
            assertThat(lesson.status()).isEqualTo(LessonStatus.REJECTED);
            assertThat(lesson.problem()).contains("broken.zip could not be read");
        }
    }

    @Test
    void anArchiveWithAPathThatLeavesItIsRefusedAndNothingIsWrittenOutside() {
        for (LessonResult lesson : results.get("zip-slip").lessons()) {
            assertThat(lesson.status()).isEqualTo(LessonStatus.REJECTED);
            assertThat(lesson.problem()).contains("leaves it").contains("../../zip-slip-target/escaped.java");
        }
        assertThat(outsideTarget).doesNotExist();
    }

    @Test
    void anEmptySubmissionHasEveryLessonMissing() {
        assertThat(results.get("nobody").lessons()).extracting(LessonResult::status)
                .containsOnly(LessonStatus.MISSING);
    }

    @Test
    void everyReportIsWritten() throws IOException {
        assertThat(out.resolve("html/index.html")).content().contains("Distribution of totals").contains("<svg");
        assertThat(out.resolve("html/students/no-lock.html")).content().contains("additions were lost")
                .contains("What the processes did");
        assertThat(Files.readAllLines(out.resolve("grades.csv"))).hasSize(1 + results.size());
        assertThat(out.resolve("junit/does-not-compile.xml")).content().contains("type=\"COMPILE_ERROR\"");
        assertThat(out.resolve("gradescope/reference/results.json")).content().contains("\"score\" : 200");
        assertThat(out.resolve("feedback/skeleton.md")).content().contains("TODO");
    }

    @Test
    void aRerunGradesNothingAgainAndAChangedSubmissionOnlyItsChangedLesson() throws Exception {
        Path rerunOut = Fixtures.freshDir("class/rerun");
        Files.copy(out.resolve("gradebook.db"), rerunOut.resolve("gradebook.db"));
        List<Path> cheap = List.of(submissions.resolve("does-not-compile"), submissions.resolve("skeleton"));
        try (Gradebook gradebook = Gradebook.open(rerunOut.resolve("gradebook.db"))) {
            ClassGrading.Summary again = grade(gradebook, rerunOut, cheap);
            assertThat(again.lessonsGraded()).isZero();
            assertThat(again.lessonsSkipped()).isEqualTo(4);

            Path changed = Fixtures.WORK.resolve("class/changed");
            proclab.grader.engine.Trees.delete(changed);
            Fixtures.folder(changed, "skeleton", Map.of(TALLY, Fixtures.skeleton(TALLY),
                    ECHO, Fixtures.reference(ECHO)));
            ClassGrading.Summary afterChange = grade(gradebook, rerunOut, List.of(changed.resolve("skeleton")));
            assertThat(afterChange.lessonsGraded()).as("only 02-echo changed").isEqualTo(1);
            assertThat(gradebook.lesson("skeleton", ECHO).orElseThrow().earned()).isEqualTo(100);
        }
    }

    @Test
    void oneJobAndTwoJobsGiveTheSameVerdicts() throws Exception {
        Path oneJob = Fixtures.freshDir("class/one-job");
        List<Path> some = new ArrayList<>();
        for (String name : List.of("no-lock.zip", "edits-tests.zip", "skeleton")) {
            some.add(submissions.resolve(name));
        }
        try (Gradebook gradebook = Gradebook.open(oneJob.resolve("gradebook.db"))) {
            grade(gradebook, oneJob, some);
            for (StudentResult student : gradebook.results()) {
                assertThat(verdicts(student)).as(student.student()).isEqualTo(verdicts(results.get(student.student())));
            }
        }
    }

    @Test
    void noCgroupOfThisGraderIsLeft() throws IOException {
        Path pids = Path.of("/sys/fs/cgroup/pids");
        if (Files.isDirectory(pids)) {
            try (var groups = Files.list(pids)) {
                assertThat(groups.map(p -> p.getFileName().toString()))
                        .noneMatch(name -> name.startsWith("proclab-grader-" + ProcessHandle.current().pid() + "-"));
            }
        }
    }

    private ClassGrading.Summary grade(Gradebook gradebook, Path dir, List<Path> subs) throws InterruptedException {
        List<Path> sorted = new ArrayList<>(subs);
        return new ClassGrading(Fixtures.course(), Fixtures.grader(1), gradebook, dir.resolve("work"), 1)
                .grade(sorted, false, "test", new ProgressBar(System.err, sorted.size() * 2, false));
    }

    private static Map<String, Verdict> verdicts(StudentResult student) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        student.lessons().forEach(l -> l.tests().forEach(t -> verdicts.put(l.lesson() + " " + t.test(), t.verdict())));
        return verdicts;
    }

    private List<ProcessHandle> aliveStartedSince(String command) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(command))
                .filter(p -> p.info().startInstant().map(s -> !s.isBefore(started)).orElse(true))
                .toList();
    }

    static List<Path> list(Path folder) {
        return SubmissionFolder.list(folder, new ArrayList<>());
    }
}
