package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.ExpectedTest;
import proclab.grader.engine.LessonGrader;
import proclab.grader.engine.Sandbox;
import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.TestResult;
import proclab.grader.model.Verdict;

/** A test that never ends fails on time, with where it was, and the other tests still run. */
class HangTest {
    @Test
    void aTestThatHangsTimesOutAndSaysWhereItWasBusy() {
        // Only the test that adds 5 hangs; the others run after it.
        LessonGrader grader = new LessonGrader(Fixtures.tests(), Sandbox.detect(),
                Fixtures.limits().withTimes(Duration.ofSeconds(10), Duration.ofMinutes(3)), 1, false, false);
        LessonResult lesson = grader.grade(Fixtures.lesson("01-tally"), Fixtures.tally(
                "while (times == 5) { Thread.onSpinWait(); } for (int i = 0; i < times; i++) {"
                        + " try (var held = total.getLock().hold()) { total.set(total.get() + 1); } }", null),
                Fixtures.WORK.resolve("hang/work"), List.of());

        assertThat(lesson.status()).isEqualTo(LessonStatus.GRADED);
        TestResult hung = lesson.tests().stream().filter(t -> t.method().equals("addsOneEachTime")).findFirst().orElseThrow();
        assertThat(hung.verdict()).isEqualTo(Verdict.TIMED_OUT);
        assertThat(hung.message()).contains("after 10 s").contains("busy in proclab.tally.Tally.addTimes(Tally.java:");
        CompiledCourseTests.Compiled compiled = Fixtures.tests().of(Fixtures.lesson("01-tally"));
        assertThat(lesson.tests()).extracting(TestResult::test)
                .containsExactlyElementsOf(compiled.expected().stream().map(ExpectedTest::test).toList());
        assertThat(lesson.tests()).filteredOn(t -> !t.method().equals("addsOneEachTime"))
                .as("the tests after the one that hung ran").allMatch(t -> t.verdict() != Verdict.DID_NOT_RUN);
    }

    @Test
    void aLessonThatRunsOutOfTimeIsEndedAndTheRunningTestSaysWhereItWaited() {
        // The lesson's limit is shorter than a test's: the run is killed while the first test hangs.
        LessonGrader grader = new LessonGrader(Fixtures.tests(), Sandbox.detect(),
                Fixtures.limits().withTimes(Duration.ofMinutes(5), Duration.ofSeconds(25)), 1, false, false);
        LessonResult lesson = grader.grade(Fixtures.lesson("01-tally"),
                Fixtures.tally("while (true) { Thread.onSpinWait(); }", "while (true) { Thread.onSpinWait(); }"),
                Fixtures.WORK.resolve("hang/lesson-work"), List.of());

        assertThat(lesson.notes()).anyMatch(n -> n.contains("lesson's time limit (25 s)"));
        List<TestResult> timedOut = lesson.tests().stream().filter(t -> t.verdict() == Verdict.TIMED_OUT).toList();
        assertThat(timedOut).as("the test that ran when time ran out").hasSize(1);
        assertThat(timedOut.get(0).message()).contains("lesson's time limit of 25 s").contains("busy in proclab.tally.Tally.");
        assertThat(lesson.tests()).filteredOn(t -> t.verdict() == Verdict.DID_NOT_RUN).isNotEmpty()
                .allMatch(t -> t.message().contains("the run stopped earlier"));
    }
}
