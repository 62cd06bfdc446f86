package proclab.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;

/**
 * One submission as Gradescope's {@code results.json}: the score, the execution time in seconds,
 * and each graded test with its number, score, maximum, status, output, visibility and tags. A
 * lesson the grader failed on has no tests in it, and the output says so: it is not a 0.
 */
public final class GradescopeResults {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeResults() {
    }

    public static String render(StudentResult student) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("score", student.earned());
        root.put("execution_time", Math.round(student.millis() / 1000.0));
        root.put("output", output(student));
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        List<Map<String, Object>> tests = new ArrayList<>();
        int lessonNumber = 0;
        for (LessonResult lesson : student.lessons()) {
            lessonNumber++;
            if (!lesson.scored()) {
                continue;
            }
            int[] perTask = new int[64];
            for (TestResult test : lesson.tests()) {
                int index = ++perTask[Math.min(Math.max(test.task(), 0), 63)];
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", lesson.lesson() + " task " + test.task() + ": " + test.name());
                entry.put("number", lessonNumber + "." + test.task() + "." + index);
                entry.put("score", test.earned());
                entry.put("max_score", test.points());
                entry.put("status", test.passed() ? "passed" : "failed");
                entry.put("output", outputOf(lesson, test));
                entry.put("visibility", "visible");
                entry.put("tags", List.of(lesson.lesson(), "task " + test.task()));
                tests.add(entry);
            }
        }
        root.put("tests", tests);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The course total, in the words of the student's own test run; it names lessons without a score. */
    private static String output(StudentResult student) {
        return FeedbackText.summary(student.lessons());
    }

    private static String outputOf(LessonResult lesson, TestResult test) {
        if (test.passed()) {
            return "";
        }
        if (lesson.status() != LessonStatus.GRADED) {
            return CsvReport.problemOf(lesson) + ":\n" + lesson.problem();
        }
        return test.message() + (test.hint().isEmpty() ? "" : "\nHint: " + test.hint())
                + (test.timeline().isEmpty() ? "" : "\nWhat the processes did:\n" + test.timeline());
    }
}
