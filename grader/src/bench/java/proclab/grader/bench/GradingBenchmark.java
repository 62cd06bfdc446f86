package proclab.grader.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import proclab.grader.course.Course;
import proclab.grader.course.Lesson;
import proclab.grader.course.SourceTree;
import proclab.grader.demo.SampleCourse;
import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.LessonGrader;
import proclab.grader.engine.Limits;
import proclab.grader.engine.Sandbox;
import proclab.grader.engine.Trees;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.grading.ClassGrading;
import proclab.grader.grading.ProgressBar;
import proclab.grader.model.LessonResult;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;

/**
 * Grades a class of 30 submissions made from the sample course with 1 and with 2 jobs, and prints
 * the wall time of each and the grader's overhead per submission: the time spent grading beyond
 * the time the tests themselves ran (compiling, starting and ending JVMs, the gradebook).
 *
 * <p>Run it with {@code ./mvnw -q -pl grader -Pgrading-bench verify}; the figures go in grader/README.md.
 */
public final class GradingBenchmark {
    private GradingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        Trees.delete(work);
        Course course = Course.at(SampleCourse.copyTo(work.resolve("course")));
        Path submissions = work.resolve("submissions");
        int count = makeClass(course, submissions);
        CompiledCourseTests tests = new CompiledCourseTests(work.resolve("compiled-tests"));
        Limits limits = Limits.defaults();
        tests.of(course.lessons().get(0));
        tests.of(course.lessons().get(1));
        System.out.printf(Locale.ROOT, "%d submissions, %d lessons each, %d cores, load average before: %s%n", count,
                course.lessons().size(), Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("jobs  wall time  lessons  tests' own time  overhead per submission");
        for (int jobs : new int[] {1, 2}) {
            Path out = work.resolve("jobs-" + jobs);
            long start = System.nanoTime();
            List<StudentResult> results;
            try (Gradebook gradebook = Gradebook.open(out.resolve("gradebook.db"))) {
                LessonGrader grader = new LessonGrader(tests, Sandbox.detect(), limits, 1, false, false);
                List<Path> all = proclab.grader.submission.SubmissionFolder.list(submissions, new ArrayList<>());
                new ClassGrading(course, grader, gradebook, out.resolve("work"), jobs)
                        .grade(all, false, "bench", new ProgressBar(System.err, all.size() * 2, false));
                results = gradebook.results();
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            long lessonMillis = results.stream().flatMap(s -> s.lessons().stream()).mapToLong(LessonResult::millis).sum();
            long testMillis = results.stream().flatMap(s -> s.lessons().stream()).flatMap(l -> l.tests().stream())
                    .mapToLong(TestResult::millis).sum();
            long lessons = results.stream().mapToLong(s -> s.lessons().size()).sum();
            System.out.printf(Locale.ROOT, "%4d  %8.1f s  %7d  %13.1f s  %20.2f s%n", jobs, wall.toMillis() / 1000.0,
                    lessons, testMillis / 1000.0, (lessonMillis - testMillis) / 1000.0 / results.size());
        }
        System.out.println("load average after: " + loadAverage());
    }

    /** 30 submissions: 10 references, 8 skeletons, 6 wrong solutions, 3 that do not compile, 3 with one lesson. */
    private static int makeClass(Course course, Path submissions) throws Exception {
        int made = 0;
        for (int i = 0; i < 30; i++) {
            Path student = submissions.resolve(String.format(Locale.ROOT, "student-%02d", i));
            for (Lesson lesson : course.lessons()) {
                SourceTree sources = switch (i % 10) {
                    case 0, 1, 2 -> SourceTree.read(lesson.solution());
                    case 3, 4 -> SourceTree.read(lesson.solution()).overlaidWith(
                            SourceTree.read(lesson.wrongSolutions().get(0).overlay()));
                    case 5 -> new SourceTree(Map.of("Broken.java", "class Broken {".getBytes(StandardCharsets.UTF_8)));
                    case 6 -> lesson.name().startsWith("01") ? SourceTree.read(lesson.solution()) : null;
                    default -> SourceTree.read(lesson.skeleton());
                };
                if (sources != null) {
                    sources.writeTo(student.resolve(lesson.name()).resolve(Lesson.STUDENT_SOURCES));
                }
            }
            Files.createDirectories(student);
            made++;
        }
        return made;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
