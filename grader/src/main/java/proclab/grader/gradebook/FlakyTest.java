package proclab.grader.gradebook;

import java.util.List;

/**
 * A test whose verdicts differed between runs on the same submission.
 *
 * @param verdicts every verdict, oldest first
 */
public record FlakyTest(String student, String lesson, String test, List<String> verdicts) {
}
