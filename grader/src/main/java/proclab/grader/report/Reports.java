package proclab.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import proclab.grader.grading.ClassGrading;
import proclab.grader.model.StudentResult;

/**
 * Writes every report of a class into one folder: {@code grades.csv}, {@code grades.json},
 * {@code table.txt}, {@code html/}, and per student {@code feedback/ID.md},
 * {@code junit/ID.xml} and {@code gradescope/ID/results.json}.
 */
public final class Reports {
    private Reports() {
    }

    public static void writeAll(ClassReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("table.txt"), TerminalTable.render(report));
            CsvReport.write(report, dir.resolve("grades.csv"));
            JsonReport.write(report, dir.resolve("grades.json"));
            HtmlReport.write(report, dir.resolve("html"));
            for (StudentResult student : report.students()) {
                String name = ClassGrading.fileName(student.student());
                write(dir.resolve("feedback").resolve(name + ".md"), MarkdownFeedback.render(student));
                write(dir.resolve("junit").resolve(name + ".xml"), JUnitXmlReport.render(student));
                write(dir.resolve("gradescope").resolve(name).resolve("results.json"), GradescopeResults.render(student));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reports to " + dir, e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
