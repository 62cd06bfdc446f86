package proclab.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text a student reads after a test run: per lesson and task, passed or not and the points,
 * and for each failure the explanation, a hint and the processes' timeline. Plain ASCII, so it
 * reads the same in every terminal.
 */
public final class ScoreBoard {
    private static final int WIDTH = 78;
    private static final int MESSAGE_LINES = 8;

    private ScoreBoard() {
    }

    /** One lesson in full: every task, and what went wrong in the failed ones. */
    public static String lesson(LessonOutcome lesson) {
        StringBuilder out = new StringBuilder();
        out.append(rule(lesson.lesson() + ": " + lesson.title(), lesson.earned() + "/" + lesson.available()));
        for (Map.Entry<Integer, List<TestOutcome>> task : byTask(lesson).entrySet()) {
            List<TestOutcome> tests = task.getValue();
            int earned = tests.stream().mapToInt(TestOutcome::earned).sum();
            int points = tests.stream().mapToInt(TestOutcome::points).sum();
            String status = tests.stream().allMatch(TestOutcome::passed) ? "PASS"
                    : tests.stream().allMatch(t -> t.status() == TestOutcome.Status.NOT_STARTED) ? "TODO" : "FAIL";
            String title = task.getKey() + ". " + lesson.taskTitles().getOrDefault(task.getKey(), "Task " + task.getKey());
            out.append(dotted(status + "  " + title, earned + "/" + points)).append('\n');
            if (status.equals("TODO")) {
                out.append("      Not started: the skeleton still says TODO ").append(task.getKey()).append(".\n");
                continue;
            }
            for (TestOutcome test : tests) {
                if (!test.passed()) {
                    explain(test, out);
                }
            }
        }
        return out.toString();
    }

    /** Every lesson on one line each, and the total. */
    public static String summary(List<LessonOutcome> lessons) {
        StringBuilder out = new StringBuilder(rule("proclab score", ""));
        int earned = 0;
        int available = 0;
        for (LessonOutcome lesson : lessons) {
            out.append(dotted(lesson.lesson() + "  " + lesson.title(), lesson.earned() + "/" + lesson.available()))
                    .append('\n');
            earned += lesson.earned();
            available += lesson.available();
        }
        out.append(dotted("TOTAL", earned + "/" + available)).append('\n');
        if (earned < available) {
            out.append(nextStep(lessons)).append('\n');
        }
        return out.toString();
    }

    private static String nextStep(List<LessonOutcome> lessons) {
        for (LessonOutcome lesson : lessons) {
            for (Map.Entry<Integer, List<TestOutcome>> task : byTask(lesson).entrySet()) {
                if (!task.getValue().stream().allMatch(TestOutcome::passed)) {
                    return "Next: " + lesson.lesson() + " task " + task.getKey() + ". Run it alone with"
                            + " ./mvnw test -pl " + lesson.lesson() + " -Dtask=" + task.getKey();
                }
            }
        }
        return "";
    }

    private static void explain(TestOutcome test, StringBuilder out) {
        out.append("      ").append(test.name()).append(" (").append(test.points()).append(" points)\n");
        List<String> lines = new ArrayList<>(List.of(test.message().strip().split("\n")));
        lines.removeIf(String::isBlank);
        for (String line : lines.subList(0, Math.min(lines.size(), MESSAGE_LINES))) {
            out.append("        ").append(line.strip()).append('\n');
        }
        if (lines.size() > MESSAGE_LINES) {
            out.append("        ...\n");
        }
        if (!test.hint().isBlank()) {
            out.append("        Hint: ").append(test.hint().strip()).append('\n');
        }
        if (test.timeline() != null && !test.timeline().isBlank()) {
            out.append("        What the processes did:\n");
            for (String line : test.timeline().split("\n")) {
                out.append("          ").append(line).append('\n');
            }
        }
    }

    private static Map<Integer, List<TestOutcome>> byTask(LessonOutcome lesson) {
        Map<Integer, List<TestOutcome>> tasks = new TreeMap<>();
        for (TestOutcome test : lesson.tests()) {
            tasks.computeIfAbsent(test.task(), t -> new ArrayList<>()).add(test);
        }
        return new LinkedHashMap<>(tasks);
    }

    private static String rule(String title, String right) {
        String left = "== " + title + " ";
        String end = right.isEmpty() ? "" : " " + right + " ==";
        return left + "=".repeat(Math.max(3, WIDTH - left.length() - end.length())) + end + "\n";
    }

    private static String dotted(String left, String right) {
        String shown = left.length() > WIDTH - right.length() - 4 ? left.substring(0, WIDTH - right.length() - 7) + "..." : left;
        return shown + " " + ".".repeat(Math.max(2, WIDTH - shown.length() - right.length() - 2)) + " " + right;
    }
}
