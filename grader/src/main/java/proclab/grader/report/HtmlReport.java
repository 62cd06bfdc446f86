package proclab.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import proclab.grader.gradebook.FlakyTest;
import proclab.grader.grading.ClassGrading;
import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;

import static proclab.grader.report.Html.escape;

/**
 * The instructor's HTML report: {@code index.html} with the class overview (the distribution of
 * totals as a chart, each lesson's average, each task's pass rate, flaky tests, errors) and a page
 * per student under {@code students/} with every failure, its hint and the processes' timeline.
 */
public final class HtmlReport {
    private static final int BINS = 10;

    private HtmlReport() {
    }

    public static void write(ClassReport report, Path dir) {
        try {
            Files.createDirectories(dir.resolve("students"));
            Files.writeString(dir.resolve("index.html"), index(report));
            for (StudentResult student : report.students()) {
                Files.writeString(dir.resolve("students").resolve(ClassGrading.fileName(student.student()) + ".html"),
                        student(student));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HTML report to " + dir, e);
        }
    }

    static String index(ClassReport report) {
        StringBuilder body = new StringBuilder("<h1>proclab grades</h1>\n");
        List<StudentResult> students = report.students();
        body.append("<p>").append(students.size()).append(" submissions");
        long incomplete = students.stream().filter(s -> !s.complete()).count();
        if (incomplete > 0) {
            body.append(", <span class=\"warn\">").append(incomplete)
                    .append(" with an infrastructure error (not graded there; rerun the grader to regrade)</span>");
        }
        body.append(".</p>\n<h2>Distribution of totals</h2>\n").append(histogram(students));
        body.append("<h2>Lessons</h2>\n").append(lessonTable(report));
        body.append("<h2>Pass rate per task</h2>\n").append(taskTable(report));
        body.append("<h2>Tests whose verdicts differed between runs</h2>\n").append(flakyTable(report.flaky()));
        body.append("<h2>Students</h2>\n").append(studentTable(report));
        return Html.page("proclab grades", body.toString());
    }

    /** Totals as percentages in ten bins, drawn as an SVG bar chart. */
    private static String histogram(List<StudentResult> students) {
        int[] bins = new int[BINS];
        for (StudentResult student : students) {
            int percent = student.available() == 0 ? 0 : student.earned() * 100 / student.available();
            bins[Math.min(BINS - 1, percent / (100 / BINS))]++;
        }
        int most = Math.max(1, java.util.Arrays.stream(bins).max().orElse(1));
        int barWidth = 50;
        int height = 160;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(BINS * barWidth + 20).append("\" height=\"").append(height + 45)
                .append("\" role=\"img\" aria-label=\"distribution of totals\">\n");
        for (int i = 0; i < BINS; i++) {
            int h = bins[i] * height / most;
            int x = 10 + i * barWidth;
            svg.append("<rect x=\"").append(x + 4).append("\" y=\"").append(height - h + 20).append("\" width=\"")
                    .append(barWidth - 8).append("\" height=\"").append(h).append("\" fill=\"#3b7dd8\"/>")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(height - h + 15)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(bins[i]).append("</text>")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(height + 35)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(i * 10).append("-")
                    .append(i == BINS - 1 ? 100 : i * 10 + 9).append("%</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String lessonTable(ClassReport report) {
        StringBuilder table = new StringBuilder("<table>\n<tr><th>Lesson</th><th>Scored</th><th>Average</th>"
                + "<th>Did not compile</th><th>Missing</th><th>Errors</th></tr>\n");
        for (String name : report.lessons()) {
            List<LessonResult> results = report.students().stream().map(s -> ClassReport.lesson(s, name))
                    .filter(l -> l != null).toList();
            List<LessonResult> scored = results.stream().filter(LessonResult::scored).toList();
            double average = scored.stream().mapToInt(LessonResult::earned).average().orElse(0);
            int available = results.stream().mapToInt(LessonResult::available).max().orElse(0);
            table.append("<tr><td>").append(escape(name + " " + (results.isEmpty() ? "" : results.get(0).title())))
                    .append("</td><td class=\"num\">").append(scored.size())
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f/%d", average, available))
                    .append("</td><td class=\"num\">").append(count(results, LessonStatus.COMPILE_ERROR))
                    .append("</td><td class=\"num\">").append(count(results, LessonStatus.MISSING))
                    .append("</td><td class=\"num\">").append(count(results, LessonStatus.INFRA_ERROR))
                    .append("</td></tr>\n");
        }
        return table.append("</table>\n").toString();
    }

    /** A task passes for a student when every graded test of it passed. */
    private static String taskTable(ClassReport report) {
        StringBuilder table = new StringBuilder("<table>\n<tr><th>Lesson</th><th>Task</th><th>Passed</th><th></th></tr>\n");
        for (String name : report.lessons()) {
            Map<Integer, int[]> tasks = new TreeMap<>();
            Map<Integer, String> titles = new TreeMap<>();
            for (StudentResult student : report.students()) {
                LessonResult lesson = ClassReport.lesson(student, name);
                if (lesson == null || !lesson.scored()) {
                    continue;
                }
                titles.putAll(lesson.taskTitles());
                Map<Integer, Boolean> passed = new TreeMap<>();
                for (TestResult test : lesson.tests()) {
                    passed.merge(test.task(), test.passed(), Boolean::logicalAnd);
                }
                passed.forEach((task, ok) -> {
                    int[] counts = tasks.computeIfAbsent(task, t -> new int[2]);
                    counts[0] += ok ? 1 : 0;
                    counts[1]++;
                });
            }
            tasks.forEach((task, counts) -> {
                int percent = counts[1] == 0 ? 0 : counts[0] * 100 / counts[1];
                table.append("<tr><td>").append(escape(name)).append("</td><td>").append(task).append(". ")
                        .append(escape(titles.getOrDefault(task, "Task " + task))).append("</td><td class=\"num\">")
                        .append(counts[0]).append("/").append(counts[1]).append(" (").append(percent)
                        .append("%)</td><td><span class=\"bar\" style=\"width:").append(percent * 2)
                        .append("px\"></span></td></tr>\n");
            });
        }
        return table.append("</table>\n").toString();
    }

    private static String flakyTable(List<FlakyTest> flaky) {
        if (flaky.isEmpty()) {
            return "<p>None: every test gave the same verdict in every run.</p>\n";
        }
        StringBuilder table = new StringBuilder("<table>\n<tr><th>Student</th><th>Lesson</th><th>Test</th>"
                + "<th>Verdicts, oldest first</th></tr>\n");
        for (FlakyTest test : flaky) {
            table.append("<tr><td>").append(escape(test.student())).append("</td><td>").append(escape(test.lesson()))
                    .append("</td><td>").append(escape(test.test())).append("</td><td>")
                    .append(escape(String.join(" ", test.verdicts()))).append("</td></tr>\n");
        }
        return table.append("</table>\n").toString();
    }

    private static String studentTable(ClassReport report) {
        StringBuilder table = new StringBuilder("<table>\n<tr><th>Student</th>");
        report.lessons().forEach(l -> table.append("<th>").append(escape(l)).append("</th>"));
        table.append("<th>Total</th></tr>\n");
        for (StudentResult student : report.students()) {
            table.append("<tr><td><a href=\"students/").append(escape(ClassGrading.fileName(student.student())))
                    .append(".html\">").append(escape(student.student())).append("</a></td>");
            for (String lesson : report.lessons()) {
                table.append("<td class=\"num\">").append(escape(TerminalTable.cell(ClassReport.lesson(student, lesson))))
                        .append("</td>");
            }
            table.append("<td class=\"num\">").append(student.earned()).append("/").append(student.available())
                    .append(student.complete() ? "" : "*").append("</td></tr>\n");
        }
        return table.append("</table>\n<p>C: did not compile, M: missing, R: submission unreadable,"
                + " ERR: infrastructure error (no score).</p>\n").toString();
    }

    static String student(StudentResult student) {
        StringBuilder body = new StringBuilder("<p><a href=\"../index.html\">Class overview</a></p>\n<h1>")
                .append(escape(student.student())).append(": ").append(student.earned()).append("/")
                .append(student.available()).append("</h1>\n");
        for (LessonResult lesson : student.lessons()) {
            body.append("<h2>").append(escape(lesson.lesson() + " " + lesson.title())).append(": ")
                    .append(lesson.scored() ? lesson.earned() + "/" + lesson.available() : "not graded").append("</h2>\n");
            if (lesson.status() != LessonStatus.GRADED) {
                body.append("<p class=\"fail\">").append(escape(CsvReport.problemOf(lesson))).append("</p>\n<pre>")
                        .append(escape(lesson.problem())).append("</pre>\n");
            }
            body.append(testTable(lesson));
            if (lesson.status() == LessonStatus.GRADED) {
                for (TestResult test : lesson.tests()) {
                    if (!test.passed()) {
                        body.append(failure(test));
                    }
                }
            }
            if (!lesson.leaks().isEmpty()) {
                body.append("<p class=\"warn\">Processes left running after the tests ended (killed by the grader):</p>\n<pre>")
                        .append(escape(String.join("\n", lesson.leaks()))).append("</pre>\n");
            }
            for (String note : lesson.notes()) {
                body.append("<p class=\"warn\">").append(escape(note)).append("</p>\n");
            }
        }
        return Html.page(student.student() + " - proclab", body.toString());
    }

    private static String testTable(LessonResult lesson) {
        StringBuilder table = new StringBuilder("<table>\n<tr><th>Task</th><th>Test</th><th>Verdict</th><th>Points</th></tr>\n");
        for (TestResult test : lesson.tests()) {
            table.append("<tr><td>").append(test.task()).append(". ")
                    .append(escape(lesson.taskTitles().getOrDefault(test.task(), "Task " + test.task())))
                    .append("</td><td>").append(escape(test.name())).append("</td><td class=\"")
                    .append(test.passed() ? "pass" : "fail").append("\">").append(verdict(test))
                    .append("</td><td class=\"num\">").append(test.earned()).append("/").append(test.points())
                    .append("</td></tr>\n");
        }
        return table.append("</table>\n").toString();
    }

    private static String verdict(TestResult test) {
        String text = test.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        List<String> attempts = new ArrayList<>();
        test.attempts().forEach(a -> attempts.add(a.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return escape(test.attempts().size() > 1 ? text + " (runs: " + String.join(", ", attempts) + ")" : text);
    }

    private static String failure(TestResult test) {
        StringBuilder out = new StringBuilder("<h3>").append(escape(test.name())).append("</h3>\n<pre>")
                .append(escape(test.message())).append("</pre>\n");
        if (!test.hint().isEmpty()) {
            out.append("<p><b>Hint:</b> ").append(escape(test.hint())).append("</p>\n");
        }
        if (!test.timeline().isEmpty()) {
            out.append("<p>What the processes did:</p>\n<pre>").append(escape(test.timeline())).append("</pre>\n");
        }
        return out.toString();
    }

    private static long count(List<LessonResult> results, LessonStatus status) {
        return results.stream().filter(l -> l.status() == status).count();
    }
}
