package proclab.grader.report;

import java.util.List;
import java.util.TreeSet;

import proclab.grader.gradebook.FlakyTest;
import proclab.grader.model.LessonResult;
import proclab.grader.model.StudentResult;

/**
 * What the reports show: every student's results, by student id, and the tests whose verdicts
 * differed between runs.
 */
public record ClassReport(List<StudentResult> students, List<FlakyTest> flaky) {
    public ClassReport {
        students = List.copyOf(students);
        flaky = List.copyOf(flaky);
    }

    /** The lessons of the class, in course order: the columns of the tables. */
    public List<String> lessons() {
        TreeSet<String> names = new TreeSet<>();
        students.forEach(s -> s.lessons().forEach(l -> names.add(l.lesson())));
        return List.copyOf(names);
    }

    /** A student's result for a lesson, or null when the gradebook has none. */
    public static LessonResult lesson(StudentResult student, String lesson) {
        return student.lessons().stream().filter(l -> l.lesson().equals(lesson)).findFirst().orElse(null);
    }

    public boolean hasInfrastructureErrors() {
        return students.stream().anyMatch(s -> !s.complete());
    }
}
