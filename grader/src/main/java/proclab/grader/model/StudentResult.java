package proclab.grader.model;

import java.util.List;

/**
 * A submission, graded.
 *
 * @param student     the student's id: the submission's folder or archive name
 * @param contentHash a hash of the files taken from the submission
 * @param lessons     its lessons, in course order
 */
public record StudentResult(String student, String contentHash, List<LessonResult> lessons) {
    public StudentResult {
        lessons = List.copyOf(lessons);
    }

    public int earned() {
        return lessons.stream().mapToInt(LessonResult::earned).sum();
    }

    public int available() {
        return lessons.stream().mapToInt(LessonResult::available).sum();
    }

    /** True when every lesson has a score: no infrastructure error. */
    public boolean complete() {
        return lessons.stream().allMatch(LessonResult::scored);
    }

    /** Total run time of its lessons, in milliseconds. */
    public long millis() {
        return lessons.stream().mapToLong(LessonResult::millis).sum();
    }
}
