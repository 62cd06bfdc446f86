package proclab.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A graded test: it belongs to task {@code task} of its lesson (the {@code ## N.} heading of the
 * lesson's README and the {@code // TODO N} of its skeleton) and earns {@code points} when it
 * passes. The hint is shown to the student when it fails, after the failure message.
 *
 * <p>Run the tests of one task with {@code ./mvnw test -pl 03-lock -Dtask=2}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith({TaskFilter.class, TimelineOnFailure.class})
public @interface Graded {
    int task();

    int points();

    /** What to try when the test fails, mildest first; without the evidence (that is the failure message). */
    String hint() default "";
}
