package proclab.grader.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import proclab.testkit.LessonOutcome;

/**
 * One lesson of one submission, graded.
 *
 * @param lesson     the lesson's folder name, such as {@code 03-lock}
 * @param title      its title, from its README
 * @param taskTitles its task titles, from its README
 * @param status     what happened to it as a whole
 * @param problem    for a lesson that did not run: why (the compiler's message, the missing folder...)
 * @param tests      every graded test of the pristine lesson, in task order
 * @param leaks      processes the student's code left running after the lesson's tests ended
 * @param notes      limits that were reached and other things the grader noticed
 * @param millis     how long grading it took
 */
public record LessonResult(String lesson, String title, Map<Integer, String> taskTitles, LessonStatus status,
        String problem, List<TestResult> tests, List<String> leaks, List<String> notes, long millis) {

    public LessonResult {
        taskTitles = new TreeMap<>(taskTitles);
        problem = problem == null ? "" : problem;
        tests = List.copyOf(tests);
        leaks = List.copyOf(leaks);
        notes = List.copyOf(notes);
    }

    /** Points earned; 0 for an infrastructure error, which has no score (see {@link #scored()}). */
    public int earned() {
        return status.scored() ? tests.stream().mapToInt(TestResult::earned).sum() : 0;
    }

    public int available() {
        return tests.stream().mapToInt(TestResult::points).sum();
    }

    public boolean scored() {
        return status.scored();
    }

    /** The lesson in testkit's terms, for its score board. */
    public LessonOutcome toOutcome() {
        return new LessonOutcome(lesson, title, taskTitles, tests.stream().map(TestResult::toOutcome).toList());
    }
}
