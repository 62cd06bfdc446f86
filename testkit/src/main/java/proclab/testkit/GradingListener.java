package proclab.testkit;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the outcome of every {@link Graded} test of a run. At the end it saves them for the
 * grader ({@code proclab.results}, default {@code target/proclab-results.json}) and prints the
 * lesson's score board. Registered with the JUnit Platform through the service loader.
 */
public class GradingListener implements TestExecutionListener {
    /** Where the results go; the lesson build sets it to a file in the build folder. */
    public static final String RESULTS_PROPERTY = "proclab.results";
    /** The lesson's folder, for its README; the lesson build sets it. */
    public static final String LESSON_PROPERTY = "proclab.lesson.dir";

    private final List<TestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, String> timelines = new ConcurrentHashMap<>();

    @Override
    public void executionStarted(TestIdentifier test) {
        started.put(test.getUniqueId(), System.nanoTime());
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        entry.getKeyValuePairs().forEach((key, value) -> {
            if (key.equals(TimelineOnFailure.ENTRY)) {
                timelines.put(test.getUniqueId(), value);
            }
        });
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        // a test left out with -Dtask=N is neither passed nor failed: it is not on the board
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Graded graded = gradedMethod(test);
        if (graded == null) {
            return;
        }
        long millis = (System.nanoTime() - started.getOrDefault(test.getUniqueId(), System.nanoTime())) / 1_000_000;
        Throwable failure = result.getThrowable().orElse(null);
        TestOutcome.Status status = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL
                ? TestOutcome.Status.PASSED
                : isTodo(failure, graded.task()) ? TestOutcome.Status.NOT_STARTED : TestOutcome.Status.FAILED;
        String message = failure == null ? "" : describe(failure);
        MethodSource source = (MethodSource) test.getSource().orElseThrow();
        outcomes.add(new TestOutcome(source.getClassName() + "#" + source.getMethodName(), test.getDisplayName(),
                graded.task(), graded.points(), status, message, graded.hint(),
                timelines.getOrDefault(test.getUniqueId(), ""), millis));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (outcomes.isEmpty()) {
            return;
        }
        Path lessonDir = Path.of(System.getProperty(LESSON_PROPERTY, System.getProperty("user.dir")));
        List<TestOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort((a, b) -> a.task() != b.task() ? Integer.compare(a.task(), b.task()) : a.test().compareTo(b.test()));
        LessonOutcome lesson = LessonOutcome.describe(lessonDir, sorted);
        lesson.save(Path.of(System.getProperty(RESULTS_PROPERTY, "target/proclab-results.json")));
        System.out.println();
        System.out.print(ScoreBoard.lesson(lesson));
        System.out.flush();
    }

    private static Graded gradedMethod(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> {
                    try {
                        Method method = ((MethodSource) source).getJavaMethod();
                        return method.getAnnotation(Graded.class);
                    } catch (RuntimeException e) {
                        return null;
                    }
                })
                .orElse(null);
    }

    /** The skeleton throws "TODO N" where the student has not written anything yet. */
    private static boolean isTodo(Throwable failure, int task) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).startsWith("TODO")) {
                return true;
            }
        }
        return false;
    }

    /** The failure's message, or its type when it has none (an exception from the student's code). */
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof AssertionError && message != null) {
            return message;
        }
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        if (message != null) {
            text.append(": ").append(message);
        }
        StackTraceElement[] stack = failure.getStackTrace();
        if (stack.length > 0) {
            text.append("\nat ").append(stack[0]);
        }
        return text.toString();
    }
}
