package proclab.daemon;

import java.io.IOException;
import java.nio.file.Path;

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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                mainClass.getName());
        builder.inheritIO();
        return builder.start();
    }

    /** For the child: ends this JVM as soon as its parent is gone. */
    public static void exitWhenParentDies() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing to read; wait for the end
                }
            } catch (IOException e) {
                // the parent is gone
            }
            System.exit(0);
        }, "lifeline");
        watcher.setDaemon(true);
        watcher.start();
    }
}
