package proclab.grader.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import proclab.grader.course.Course;

/** Which course grades: {@code --course DIR}, or the checkout the grader runs in. */
public final class CourseOption {
    @Option(names = "--course", paramLabel = "DIR",
            description = "The pristine course (a proclab checkout). Default: the checkout around the current folder.")
    Path course;

    public Course course() {
        return course != null ? Course.at(course) : Course.around(Path.of(""));
    }
}
