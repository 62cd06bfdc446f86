package proclab.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.StudentResult;

/**
 * One row per student: a column of points per lesson, the total, the points available, and what
 * went wrong. A lesson the grader failed on holds {@code ERROR}, never a 0.
 */
public final class CsvReport {
    private CsvReport() {
    }

    public static String render(ClassReport report) {
        List<String> lessons = report.lessons();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).addColumn("student");
        lessons.forEach(schema::addColumn);
        schema.addColumn("total").addColumn("available").addColumn("problems");
        List<Map<String, String>> rows = new ArrayList<>();
        for (StudentResult student : report.students()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("student", student.student());
            List<String> problems = new ArrayList<>();
            for (String name : lessons) {
                LessonResult lesson = ClassReport.lesson(student, name);
                if (lesson == null) {
                    row.put(name, "");
                    continue;
                }
                row.put(name, lesson.scored() ? Integer.toString(lesson.earned()) : "ERROR");
                if (lesson.status() != LessonStatus.GRADED) {
                    problems.add(name + ": " + problemOf(lesson));
                }
            }
            row.put("total", Integer.toString(student.earned()));
            row.put("available", Integer.toString(student.available()));
            row.put("problems", String.join("; ", problems));
            rows.add(row);
        }
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String problemOf(LessonResult lesson) {
        return switch (lesson.status()) {
            case COMPILE_ERROR -> "did not compile";
            case MISSING -> "missing";
            case REJECTED -> "submission unreadable";
            case INFRA_ERROR -> "infrastructure error, not graded: rerun to regrade";
            case GRADED -> "";
        };
    }

    public static void write(ClassReport report, Path file) {
        try {
            Files.writeString(file, render(report));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
