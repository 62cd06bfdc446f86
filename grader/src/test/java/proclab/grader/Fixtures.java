package proclab.grader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import proclab.grader.course.Course;
import proclab.grader.course.Lesson;
import proclab.grader.course.SourceTree;
import proclab.grader.demo.SampleCourse;
import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.LessonGrader;
import proclab.grader.engine.Limits;
import proclab.grader.engine.Sandbox;

/**
 * What the grader's tests share: the bundled sample course (01-tally with mp processes, 02-echo with
 * a program of its own), its tests compiled once, and sample submissions made from it.
 */
final class Fixtures {
    static final Path WORK = Path.of(System.getProperty("proclab.grader.testWork", "target/test-work")).toAbsolutePath();

    private static Course course;
    private static CompiledCourseTests tests;

    private Fixtures() {
    }

    static synchronized Course course() {
        if (course == null) {
            course = Course.at(SampleCourse.copyTo(WORK.resolve("course")));
        }
        return course;
    }

    static synchronized CompiledCourseTests tests() {
        if (tests == null) {
            tests = new CompiledCourseTests(WORK.resolve("compiled-tests"));
        }
        return tests;
    }

    static Lesson lesson(String name) {
        return course().lessons().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    /** Short enough for tests that hang, long enough for a loaded machine. */
    static Limits limits() {
        return Limits.defaults().withTimes(Duration.ofSeconds(90), Duration.ofMinutes(5)).withMaxProcesses(16);
    }

    static LessonGrader grader(int repeat) {
        return new LessonGrader(tests(), Sandbox.detect(), limits(), repeat, false, false);
    }

    /** The limits as command-line options. */
    static String[] limitOptions() {
        return new String[] {"--test-timeout", "90s", "--lesson-timeout", "5m", "--max-processes", "16"};
    }

    static SourceTree reference(String lesson) {
        return SourceTree.read(lesson(lesson).solution());
    }

    static SourceTree skeleton(String lesson) {
        return SourceTree.read(lesson(lesson).skeleton());
    }

    /** 01-tally's Tally.java with the given bodies for its two methods ({@code null}: the reference's). */
    static SourceTree tally(String addTimes, String startSquarer) {
        String source = """
                package proclab.tally;

                import proclab.mp.Process;
                import proclab.mp.Queue;
                import proclab.mp.Value;

                public final class Tally {
                    private Tally() {
                    }

                    public static void addTimes(Value<Integer> total, int times) {
                        ADD_TIMES
                    }

                    public static Process startSquarer(Queue<Integer> numbers, Queue<Long> squares) {
                        START_SQUARER
                    }
                }
                """
                .replace("ADD_TIMES", addTimes != null ? addTimes
                        : "for (int i = 0; i < times; i++) { try (var held = total.getLock().hold()) {"
                                + " total.set(total.get() + 1); } }")
                .replace("START_SQUARER", startSquarer != null ? startSquarer
                        : "Process squarer = new Process(\"squarer\", () -> {"
                                + " for (int n = numbers.get(); n >= 0; n = numbers.get()) { squares.put((long) n * n); } });"
                                + " squarer.start(); return squarer;");
        return new SourceTree(Map.of("proclab/tally/Tally.java", source.getBytes(StandardCharsets.UTF_8)));
    }

    /** A submission folder with {@code NN-topic/src/main/java} trees. */
    static Path folder(Path submissions, String student, Map<String, SourceTree> lessons) {
        Path dir = submissions.resolve(student);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lessons.forEach((lesson, sources) -> sources.writeTo(dir.resolve(lesson).resolve(Lesson.STUDENT_SOURCES)));
        return dir;
    }

    /** A zip whose entries are {@code name -> text}. */
    static Path zip(Path file, Map<String, String> entries) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a zip of {@code lessons} under {@code prefix}. */
    static Map<String, String> entries(String prefix, Map<String, SourceTree> lessons) {
        Map<String, String> entries = new java.util.TreeMap<>();
        lessons.forEach((lesson, sources) -> sources.files().forEach((path, bytes) -> entries.put(
                prefix + lesson + "/src/main/java/" + path, new String(bytes, StandardCharsets.UTF_8))));
        return entries;
    }

    /** A fresh, empty folder under the tests' work folder. */
    static Path freshDir(String name) {
        Path dir = WORK.resolve(name);
        proclab.grader.engine.Trees.delete(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
