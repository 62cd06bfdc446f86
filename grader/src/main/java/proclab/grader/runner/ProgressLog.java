package proclab.grader.runner;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a {@link ProgressEvent} line for each test that starts and ends, flushed at once. It is
 * opened before any test class is loaded.
 */
final class ProgressLog implements TestExecutionListener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGE_LIMIT = 4000;

    private final OutputStream out;
    private final Map<String, Long> started = new ConcurrentHashMap<>();

    ProgressLog(Path file) {
        try {
            this.out = new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the progress log " + file, e);
        }
    }

    synchronized void write(ProgressEvent event) {
        try {
            out.write(JSON.writeValueAsBytes(event));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the progress log", e);
        }
    }

    /** The tests running now, as {@code Class#method}. */
    java.util.Set<String> running() {
        return started.keySet();
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        String id = methodId(test);
        if (id != null) {
            started.put(id, System.nanoTime());
            write(new ProgressEvent(ProgressEvent.TEST_STARTED, id, null, null, null, null));
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        String id = methodId(test);
        Throwable failure = result.getThrowable().orElse(null);
        if (id == null) {
            if (failure != null && test.getSource().orElse(null) instanceof ClassSource source) {
                write(new ProgressEvent(ProgressEvent.CONTAINER_FAILED, source.getClassName(), "FAILED",
                        shorten(String.valueOf(failure)), null, null));
            }
            return;
        }
        Long start = started.remove(id);
        long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
        String status = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "PASSED" : "FAILED";
        String where = failure instanceof TimeoutException ? whereItWaited(failure) : null;
        write(new ProgressEvent(ProgressEvent.TEST_FINISHED, id, status,
                failure == null ? null : shorten(String.valueOf(failure.getMessage() == null ? failure : failure.getMessage())),
                where, millis));
    }

    /**
     * JUnit's timeout in a separate thread gives a {@link TimeoutException} whose cause carries the
     * stack of the test's thread at the moment time ran out.
     */
    private static String whereItWaited(Throwable timeout) {
        Throwable cause = timeout.getCause();
        return WhereStuck.describe(cause != null ? cause.getStackTrace() : timeout.getStackTrace());
    }

    private static String methodId(TestIdentifier test) {
        return test.getSource().orElse(null) instanceof MethodSource source
                ? source.getClassName() + "#" + source.getMethodName()
                : null;
    }

    private static String shorten(String text) {
        return text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT) + " ...";
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
