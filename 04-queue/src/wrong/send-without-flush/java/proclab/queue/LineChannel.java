package proclab.queue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A pipe built with the JDK alone: a Java program started as a child process, spoken to line by
 * line through its stdin, and heard through its stdout.
 */
public final class LineChannel {
    private final Process child;
    private final Writer toChild;
    private final BufferedReader fromChild;

    private LineChannel(Process child) {
        this.child = child;
        this.toChild = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        this.fromChild = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code main} in a new JVM with this JVM's java and classpath. */
    public static LineChannel start(Class<?> main) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            return new LineChannel(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + main.getName(), e);
        }
    }

    /** Sends one line to the child. */
    public void send(String line) {
        try {
            toChild.write(line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not send to the child", e);
        }
    }

    /** Waits for the child's next line; null once the child has closed its stdout. */
    public String receive() {
        try {
            return fromChild.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read from the child", e);
        }
    }

    public long pid() {
        return child.pid();
    }

    /** Closes the child's stdin, so that it reads end of file, and waits for it to end; returns its exit code. */
    public int close() {
        try {
            toChild.close();
            return child.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the child's input", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child to end", e);
        }
    }
}
