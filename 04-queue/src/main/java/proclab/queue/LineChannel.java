package proclab.queue;

/**
 * A pipe built with the JDK alone: a Java program started as a child process, spoken to line by
 * line through its stdin, and heard through its stdout.
 */
public final class LineChannel {
    // TODO 5: the fields you need: the child process, a writer to its stdin, a reader of its stdout

    private LineChannel() {
    }

    /** Starts {@code main} in a new JVM with this JVM's java and classpath. */
    public static LineChannel start(Class<?> main) {
        // TODO 5: start main with ProcessBuilder: the java of java.home, -cp, the java.class.path
        throw new UnsupportedOperationException("TODO 5: start the child program");
    }

    /** Sends one line to the child. */
    public void send(String line) {
        // TODO 5: write the line and a line break to the child's stdin, so that the child gets it now
        throw new UnsupportedOperationException("TODO 5: send a line to the child");
    }

    /** Waits for the child's next line; null once the child has closed its stdout. */
    public String receive() {
        // TODO 5: read the next line of the child's stdout
        throw new UnsupportedOperationException("TODO 5: receive a line from the child");
    }

    public long pid() {
        // TODO 5: the child's pid
        throw new UnsupportedOperationException("TODO 5: the child's pid");
    }

    /** Closes the child's stdin, so that it reads end of file, and waits for it to end; returns its exit code. */
    public int close() {
        // TODO 5: close the child's stdin, wait for the child to end and return its exit code
        throw new UnsupportedOperationException("TODO 5: close the child's stdin and wait for it");
    }
}
