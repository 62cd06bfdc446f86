package proclab.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records mp's timeline while a graded test runs, and when the test fails attaches the timeline
 * (trimmed) to the test's report, so the student sees how the processes interleaved.
 */
public class TimelineOnFailure implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {
    /** The report entry that carries the timeline to {@link GradingListener}. */
    static final String ENTRY = "timeline";
    private static final int SHOWN_EVENTS = 40;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TimelineOnFailure.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Path file = Files.createTempFile("proclab-timeline-", ".tsv");
        context.getStore(NAMESPACE).put(ENTRY, file);
        System.setProperty(TimelineFile.PROPERTY, file.toString());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Path file = context.getStore(NAMESPACE).get(ENTRY, Path.class);
        if (file != null && context.getExecutionException().isPresent()) {
            List<TimelineFile.Event> events = TimelineFile.read(file);
            if (!events.isEmpty()) {
                context.publishReportEntry(ENTRY, TimelineFile.format(events, SHOWN_EVENTS));
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        System.clearProperty(TimelineFile.PROPERTY);
        Path file = context.getStore(NAMESPACE).remove(ENTRY, Path.class);
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
