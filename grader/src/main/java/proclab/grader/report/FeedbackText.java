package proclab.grader.report;

import java.util.ArrayList;
import java.util.List;

import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;
import proclab.testkit.LessonOutcome;
import proclab.testkit.ScoreBoard;
import proclab.testkit.TestOutcome;

/**
 * The text a student reads: testkit's score board for each lesson, with what the grader adds
 * (the compiler's message, processes left running, limits reached), then the course total. It is
 * the same text whether it comes from {@code grader self}, from the grader's feedback to a class,
 * or (the total) from the end of the student's {@code ./mvnw test}.
 */
public final class FeedbackText {
    private static final int COMPILER_LINES = 20;

    private FeedbackText() {
    }

    /** Every lesson in full, then the total. */
    public static String of(StudentResult student) {
        StringBuilder out = new StringBuilder();
        for (LessonResult lesson : student.lessons()) {
            out.append(lesson(lesson)).append('\n');
        }
        out.append(summary(student.lessons()));
        return out.toString();
    }

    /** One lesson: its board and the grader's notes. */
    public static String lesson(LessonResult lesson) {
        StringBuilder out = new StringBuilder();
        if (lesson.status() == LessonStatus.GRADED) {
            out.append(ScoreBoard.lesson(lesson.toOutcome()));
        } else if (lesson.status() == LessonStatus.INFRA_ERROR) {
            out.append("== ").append(lesson.lesson()).append(": ").append(lesson.title()).append(" ==\n");
            out.append("Not graded: the grader itself failed here (not your code). It will be graded again.\n");
            indent(lesson.problem(), COMPILER_LINES, out);
            return out.toString();
        } else {
            out.append(ScoreBoard.lesson(withoutMessages(lesson)));
            out.append(switch (lesson.status()) {
                case COMPILE_ERROR -> "The lesson did not compile:\n";
                case MISSING -> "Not graded: ";
                default -> "The submission could not be read: ";
            });
            if (lesson.status() == LessonStatus.COMPILE_ERROR) {
                indent(lesson.problem(), COMPILER_LINES, out);
            } else {
                out.append(lesson.problem()).append('\n');
            }
        }
        if (!lesson.leaks().isEmpty()) {
            out.append("Processes left running after the tests ended (the grader killed them):\n");
            lesson.leaks().forEach(leak -> out.append("  ").append(leak).append('\n'));
        }
        lesson.notes().forEach(note -> out.append("Note: ").append(note).append('\n'));
        return out.toString();
    }

    /** The total: testkit's summary of the lessons with a score, and a line for each without. */
    public static String summary(List<LessonResult> lessons) {
        List<LessonOutcome> scored = new ArrayList<>();
        List<String> notGraded = new ArrayList<>();
        for (LessonResult lesson : lessons) {
            if (lesson.scored()) {
                scored.add(lesson.toOutcome());
            } else {
                notGraded.add(lesson.lesson() + " was not graded: the grader failed there (not your code).");
            }
        }
        return summary(scored, notGraded);
    }

    /** testkit's summary and the lines about lessons that have no score. */
    public static String summary(List<LessonOutcome> scored, List<String> notGraded) {
        StringBuilder out = new StringBuilder(ScoreBoard.summary(scored));
        notGraded.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** The lesson's tasks and tests with no explanation: it did not run, and the reason follows once. */
    private static LessonOutcome withoutMessages(LessonResult lesson) {
        List<TestOutcome> tests = lesson.tests().stream().map(TestResult::toOutcome)
                .map(t -> new TestOutcome(t.test(), t.name(), t.task(), t.points(), TestOutcome.Status.FAILED, "", "",
                        "", t.millis()))
                .toList();
        return new LessonOutcome(lesson.lesson(), lesson.title(), lesson.taskTitles(), tests);
    }

    private static void indent(String text, int maxLines, StringBuilder out) {
        List<String> lines = text.strip().lines().toList();
        lines.stream().limit(maxLines).forEach(line -> out.append("  ").append(line).append('\n'));
        if (lines.size() > maxLines) {
            out.append("  ... (").append(lines.size() - maxLines).append(" more lines)\n");
        }
    }
}
