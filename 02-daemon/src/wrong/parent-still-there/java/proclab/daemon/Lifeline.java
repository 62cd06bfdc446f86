package proclab.daemon;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
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
        builder.redirectOutput(Redirect.INHERIT);
        builder.redirectError(Redirect.INHERIT);
        return builder.start();
    }

    /** For the child: ends this JVM as soon as its parent is gone. */
    public static void exitWhenParentDies() {
        Thread watcher = new Thread(() -> {
            try {
                while (ProcessHandle.current().parent().isPresent()) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                return;
            }
            System.exit(0);
        }, "lifeline");
        watcher.setDaemon(true);
        watcher.start();
    }
}
