package proclab.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import proclab.grader.Main;
import proclab.grader.course.Course;
import proclab.grader.course.Lesson;
import proclab.grader.course.SourceTree;
import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.LessonGrader;
import proclab.grader.engine.Sandbox;
import proclab.grader.model.LessonResult;
import proclab.grader.model.StudentResult;
import proclab.grader.report.FeedbackText;

/** {@code self}: grade this checkout, as the grader would, and print what a student sees. */
@Command(name = "self", mixinStandardHelpOptions = true,
        description = "Grades this checkout with its own tests, each lesson in a JVM of its own with the grader's limits,"
            + " and prints the feedback the grader gives, in the same words as the end of a student's test run.")
public final class SelfCommand implements Callable<Integer> {
    @Mixin
    CourseOption courseOption;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--lessons", split = ",", paramLabel = "NN-topic", description = "Only these lessons.")
    Set<String> lessons;

    @Override
    public Integer call() {
        Course course = courseOption.course().only(lessons);
        Path work = course.root().resolve("target/proclab-self");
        LessonGrader grader = new LessonGrader(new CompiledCourseTests(work.resolve("compiled-tests")),
                Sandbox.detect(), limitOptions.limits(), 1, false, true);
        List<LessonResult> results = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            System.err.println("Grading " + lesson.name() + " ...");
            results.add(grader.grade(lesson, SourceTree.read(lesson.skeleton()), work.resolve(lesson.name()), List.of()));
        }
        StudentResult student = new StudentResult("self", "", results);
        System.out.print(FeedbackText.of(student));
        return student.complete() ? Main.OK : Main.INFRASTRUCTURE_ERROR;
    }
}
