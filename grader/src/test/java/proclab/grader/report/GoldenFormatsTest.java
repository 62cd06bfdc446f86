package proclab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import proclab.grader.gradebook.FlakyTest;
import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;
import proclab.grader.model.Verdict;

/**
 * Every format against its golden file, for a class with a full score, a compile error, a missing
 * lesson, a timeout with a timeline, a leak, a flaky test and an infrastructure error. After a
 * deliberate change of a format, rewrite the files with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFormatsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Map<Integer, String> TALLY_TASKS = Map.of(1, "Add under the lock", 2, "Square in a child");
    private static final Map<Integer, String> ECHO_TASKS = Map.of(1, "Print the arguments", 2, "Exit with the count");

    static ClassReport sampleClass() {
        StudentResult alice = new StudentResult("alice", "a1", List.of(
                lesson("01-tally", "01 · Tally", TALLY_TASKS, LessonStatus.GRADED, "", List.of(
                        test("proclab.tally.TallyTest#addsOneEachTime", 1, 30, Verdict.PASSED, "", "", 120),
                        test("proclab.tally.TallyTest#twoProcessesLoseNoUpdate", 1, 40, Verdict.PASSED, "", "", 2300),
                        test("proclab.tally.TallyTest#squaresInAChild", 2, 30, Verdict.PASSED, "", "", 900)),
                        List.of(), List.of(), 8100),
                lesson("02-echo", "02 · Echo", ECHO_TASKS, LessonStatus.GRADED, "", List.of(
                        test("proclab.echo.EchoTest#printsTheArguments", 1, 60, Verdict.PASSED, "", "", 700),
                        test("proclab.echo.EchoTest#exitCodeIsTheCount", 2, 40, Verdict.FAILED,
                                "the exit code of Echo a b c\nexpected: 3\n but was: 0", "", 650)),
                        List.of(), List.of(), 4000)));
        StudentResult bob = new StudentResult("bob", "b2", List.of(
                lesson("01-tally", "01 · Tally", TALLY_TASKS, LessonStatus.COMPILE_ERROR,
                        "src/main/java/proclab/tally/Tally.java:14: error: ';' expected", List.of(
                        test("proclab.tally.TallyTest#addsOneEachTime", 1, 30, Verdict.DID_NOT_RUN,
                                "Did not run: the lesson did not compile.", "", 0),
                        test("proclab.tally.TallyTest#twoProcessesLoseNoUpdate", 1, 40, Verdict.DID_NOT_RUN,
                                "Did not run: the lesson did not compile.", "", 0),
                        test("proclab.tally.TallyTest#squaresInAChild", 2, 30, Verdict.DID_NOT_RUN,
                                "Did not run: the lesson did not compile.", "", 0)),
                        List.of(), List.of(), 900),
                lesson("02-echo", "02 · Echo", ECHO_TASKS, LessonStatus.MISSING,
                        "the submission has no 02-echo/src/main/java folder.", List.of(
                        test("proclab.echo.EchoTest#printsTheArguments", 1, 60, Verdict.DID_NOT_RUN, "Did not run", "", 0),
                        test("proclab.echo.EchoTest#exitCodeIsTheCount", 2, 40, Verdict.DID_NOT_RUN, "Did not run", "", 0)),
                        List.of(), List.of(), 0)));
        TestResult timedOut = test("proclab.tally.TallyTest#twoProcessesLoseNoUpdate", 1, 40, Verdict.TIMED_OUT,
                "Timed out: still running after 90 s, the time limit of one test. It was waiting in Object.wait,"
                        + " inside proclab.mp.Process.join(Process.java:139), called from"
                        + " proclab.tally.TallyTest.lambda$twoProcessesLoseNoUpdate$0(TallyTest.java:48).",
                "      0.0 ms  adder-0          start\n     12.5 ms  adder-0          lock.acquire    Lock#7", 90000);
        TestResult flaky = new TestResult("proclab.tally.TallyTest#squaresInAChild", "squaresInAChild()", 2, 30,
                Verdict.FAILED, "Passed in 1 of 2 runs: a test must pass every time to count. the squares of 3 and 4 <&>",
                "start it before you return it.", "", 1500, List.of(Verdict.PASSED, Verdict.FAILED));
        StudentResult carol = new StudentResult("carol", "c3", List.of(
                lesson("01-tally", "01 · Tally", TALLY_TASKS, LessonStatus.GRADED, "", List.of(
                        test("proclab.tally.TallyTest#addsOneEachTime", 1, 30, Verdict.PASSED, "", "", 100),
                        timedOut, flaky),
                        List.of("pid 4242: /usr/bin/sleep 600"),
                        List.of("The run reached the lesson's time limit (600 s) and was ended."), 95000),
                lesson("02-echo", "02 · Echo", ECHO_TASKS, LessonStatus.INFRA_ERROR,
                        "The test JVM did not start (exit code 1).", List.of(
                        test("proclab.echo.EchoTest#printsTheArguments", 1, 60, Verdict.DID_NOT_RUN,
                                "Not graded: infrastructure error.", "", 0),
                        test("proclab.echo.EchoTest#exitCodeIsTheCount", 2, 40, Verdict.DID_NOT_RUN,
                                "Not graded: infrastructure error.", "", 0)),
                        List.of(), List.of(), 300)));
        return new ClassReport(List.of(alice, bob, carol), List.of(new FlakyTest("carol", "01-tally",
                "proclab.tally.TallyTest#squaresInAChild", List.of("PASSED", "FAILED"))));
    }

    private static LessonResult lesson(String name, String title, Map<Integer, String> tasks, LessonStatus status,
            String problem, List<TestResult> tests, List<String> leaks, List<String> notes, long millis) {
        return new LessonResult(name, title, tasks, status, problem, tests, leaks, notes, millis);
    }

    private static TestResult test(String id, int task, int points, Verdict verdict, String message, String timeline,
            long millis) {
        String method = id.substring(id.indexOf('#') + 1);
        return new TestResult(id, method + "()", task, points, verdict, message,
                verdict.passed() ? "" : "Hint for " + method + ".", timeline, millis, List.of(verdict));
    }

    private final ClassReport report = sampleClass();
    private final StudentResult carol = report.students().get(2);
    private final StudentResult bob = report.students().get(1);

    @Test
    void terminalTable() throws IOException {
        matches("table.txt", TerminalTable.render(report));
    }

    @Test
    void csv() throws IOException {
        matches("grades.csv", CsvReport.render(report));
    }

    @Test
    void json() throws IOException {
        matches("grades.json", JsonReport.render(report));
    }

    @Test
    void junitXmlWithATimeoutAndAnInfrastructureError() throws IOException {
        matches("junit-carol.xml", JUnitXmlReport.render(carol));
    }

    @Test
    void junitXmlWithACompileError() throws IOException {
        matches("junit-bob.xml", JUnitXmlReport.render(bob));
    }

    @Test
    void markdownFeedbackWithATimeoutALeakAndAnInfrastructureError() throws IOException {
        matches("feedback-carol.md", MarkdownFeedback.render(carol));
    }

    @Test
    void markdownFeedbackWithACompileError() throws IOException {
        matches("feedback-bob.md", MarkdownFeedback.render(bob));
    }

    @Test
    void gradescopeWithATimeoutAndAnInfrastructureError() throws IOException {
        matches("gradescope-carol.json", GradescopeResults.render(carol));
    }

    @Test
    void gradescopeWithACompileError() throws IOException {
        matches("gradescope-bob.json", GradescopeResults.render(bob));
    }

    @Test
    void htmlOverview() throws IOException {
        matches("index.html", HtmlReport.index(report));
    }

    @Test
    void htmlStudentPage() throws IOException {
        matches("student-carol.html", HtmlReport.student(carol));
    }

    private static void matches(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual);
        }
        assertThat(file).as("golden file %s (rewrite with -Dgolden.update=true after a deliberate change)", name)
                .exists();
        assertThat(actual).as("%s against its golden file", name).isEqualTo(Files.readString(file));
    }
}
