package proclab.grader.report;

import java.util.ArrayList;
import java.util.List;

import proclab.grader.model.LessonResult;
import proclab.grader.model.StudentResult;

/** The class at a glance, for the terminal: a row per student, a column per lesson, the total. */
public final class TerminalTable {
    private TerminalTable() {
    }

    public static String render(ClassReport report) {
        List<String> lessons = report.lessons();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("student"));
        header.addAll(lessons);
        header.add("total");
        rows.add(header);
        for (StudentResult student : report.students()) {
            List<String> row = new ArrayList<>(List.of(student.student()));
            for (String lesson : lessons) {
                row.add(cell(ClassReport.lesson(student, lesson)));
            }
            row.add(student.earned() + "/" + student.available() + (student.complete() ? "" : "*"));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(pad(row.get(0), widths[0], false));
            for (int i = 1; i < row.size(); i++) {
                line.append("  ").append(pad(row.get(i), widths[i], true));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append("C: did not compile, M: missing, R: submission unreadable, ERR: infrastructure error"
                + " (no score; * marks a total without it; rerun to regrade)\n");
        return out.toString();
    }

    static String cell(LessonResult lesson) {
        if (lesson == null) {
            return "-";
        }
        return switch (lesson.status()) {
            case GRADED -> Integer.toString(lesson.earned());
            case COMPILE_ERROR -> "0 C";
            case MISSING -> "0 M";
            case REJECTED -> "0 R";
            case INFRA_ERROR -> "ERR";
        };
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }
}
