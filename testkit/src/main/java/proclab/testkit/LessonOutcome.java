package proclab.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The graded results of one lesson: what the student's self-grading run and the grader both
 * produce, saved as JSON beside the lesson's build output.
 *
 * @param lesson     the lesson's folder name, such as {@code 03-lock}
 * @param title      the lesson's title, from the first heading of its README
 * @param taskTitles the titles of its tasks, from the README's {@code ## N. Title} headings
 * @param tests      every graded test that ran
 */
public record LessonOutcome(String lesson, String title, Map<Integer, String> taskTitles, List<TestOutcome> tests) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern TASK_HEADING = Pattern.compile("^##\\s+(\\d+)\\.\\s+(.+?)\\s*$");

    public int earned() {
        return tests.stream().mapToInt(TestOutcome::earned).sum();
    }

    public int available() {
        return tests.stream().mapToInt(TestOutcome::points).sum();
    }

    public void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the lesson results to " + file, e);
        }
    }

    public static LessonOutcome load(Path file) {
        try {
            return JSON.readValue(file.toFile(), LessonOutcome.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the lesson results " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lesson's title and task titles, read from its README. */
    public static LessonOutcome describe(Path lessonDir, List<TestOutcome> tests) {
        String title = lessonDir.getFileName().toString();
        Map<Integer, String> tasks = new TreeMap<>();
        Path readme = lessonDir.resolve("README.md");
        if (Files.exists(readme)) {
            try {
                for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                    Matcher task = TASK_HEADING.matcher(line);
                    if (task.matches()) {
                        tasks.put(Integer.parseInt(task.group(1)), task.group(2));
                    } else if (line.startsWith("# ") && title.equals(lessonDir.getFileName().toString())) {
                        title = line.substring(2).strip();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + readme, e);
            }
        }
        return new LessonOutcome(lessonDir.getFileName().toString(), title, tasks, tests);
    }
}
