package proclab.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import proclab.grader.gradebook.FlakyTest;
import proclab.grader.model.LessonResult;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;

/** Everything in the gradebook as one JSON document, for other tools. */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(ClassReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("students", report.students().stream().map(JsonReport::student).toList());
        root.put("flaky", report.flaky().stream().map(JsonReport::flaky).toList());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> student(StudentResult student) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("student", student.student());
        map.put("contentHash", student.contentHash());
        map.put("earned", student.earned());
        map.put("available", student.available());
        map.put("complete", student.complete());
        map.put("lessons", student.lessons().stream().map(JsonReport::lesson).toList());
        return map;
    }

    private static Map<String, Object> lesson(LessonResult lesson) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("lesson", lesson.lesson());
        map.put("title", lesson.title());
        map.put("status", lesson.status().name());
        map.put("earned", lesson.scored() ? lesson.earned() : null);
        map.put("available", lesson.available());
        map.put("problem", lesson.problem());
        map.put("leaks", lesson.leaks());
        map.put("notes", lesson.notes());
        map.put("durationMs", lesson.millis());
        map.put("tests", lesson.tests().stream().map(JsonReport::test).toList());
        return map;
    }

    private static Map<String, Object> test(TestResult test) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("test", test.test());
        map.put("name", test.name());
        map.put("task", test.task());
        map.put("points", test.points());
        map.put("earned", test.earned());
        map.put("verdict", test.verdict().name());
        map.put("attempts", test.attempts());
        map.put("message", test.message());
        map.put("hint", test.hint());
        map.put("timeline", test.timeline());
        map.put("durationMs", test.millis());
        return map;
    }

    private static Map<String, Object> flaky(FlakyTest test) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("student", test.student());
        map.put("lesson", test.lesson());
        map.put("test", test.test());
        map.put("verdicts", List.copyOf(test.verdicts()));
        return map;
    }

    public static void write(ClassReport report, Path file) {
        try {
            Files.writeString(file, render(report));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
