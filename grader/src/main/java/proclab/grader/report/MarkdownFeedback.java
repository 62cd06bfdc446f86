package proclab.grader.report;

import proclab.grader.model.LessonResult;
import proclab.grader.model.StudentResult;

/**
 * A student's feedback as Markdown: a table of the lessons, then the score board text, the same
 * words {@code grader self} and {@code ./mvnw test} print.
 */
public final class MarkdownFeedback {
    private MarkdownFeedback() {
    }

    public static String render(StudentResult student) {
        StringBuilder out = new StringBuilder();
        out.append("# Feedback for ").append(escape(student.student())).append("\n\n");
        out.append("**Total: ").append(student.earned()).append("/").append(student.available()).append("**");
        if (!student.complete()) {
            out.append(" (not final: the grader failed on a lesson, which will be graded again)");
        }
        out.append("\n\n| Lesson | Points | Status |\n| --- | ---: | --- |\n");
        for (LessonResult lesson : student.lessons()) {
            out.append("| ").append(escape(lesson.lesson() + " " + lesson.title())).append(" | ")
                    .append(lesson.scored() ? lesson.earned() + "/" + lesson.available() : "-").append(" | ")
                    .append(status(lesson)).append(" |\n");
        }
        out.append("\n## Details\n\n```text\n").append(FeedbackText.of(student).replace("```", "'''")).append("```\n");
        return out.toString();
    }

    private static String status(LessonResult lesson) {
        return switch (lesson.status()) {
            case GRADED -> lesson.tests().stream().allMatch(t -> t.passed()) ? "all passed"
                    : lesson.tests().stream().filter(t -> !t.passed()).count() + " failed";
            default -> CsvReport.problemOf(lesson);
        };
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
    }
}
