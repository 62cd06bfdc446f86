package proclab.daemon;

import java.io.IOException;

/**
 * Task 5. A child JVM that ends when its parent ends, however the parent ends, built with the JDK
 * alone: {@link ProcessBuilder}, {@link ProcessHandle} and the child's stdin. No mp here.
 */
public final class Lifeline {
    private Lifeline() {
    }

    /**
     * Starts {@code mainClass} in a new JVM, a child of this one, with this JVM's {@code java} and
     * classpath. The child prints where this JVM prints; its stdin is a pipe from this JVM.
     */
    public static java.lang.Process startChild(Class<?> mainClass) throws IOException {
        // TODO 5: build the java command line, send the child's output where ours goes, keep its stdin a pipe.
        throw new UnsupportedOperationException("TODO 5: start the child JVM");
    }

    /** For the child: ends this JVM as soon as its parent is gone. */
    public static void exitWhenParentDies() {
        // TODO 5: watch the lifeline on a background thread, and exit when the parent is gone.
        throw new UnsupportedOperationException("TODO 5: exit when the parent dies");
    }
}
