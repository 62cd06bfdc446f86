package proclab.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;

/**
 * Task 5. A child JVM that ends when its parent ends, however the parent ends, built with the JDK
 * alone. The lifeline is the child's stdin: a pipe whose other end only the parent holds. When the
 * parent dies, even killed with -9, the operating system closes that end, and the child reads end
 * of file.
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
        // stdin stays Redirect.PIPE, the default: that pipe is the lifeline. Never close it.
        return builder.start();
    }

    /** For the child: ends this JVM as soon as stdin reaches end of file, that is when the parent is gone. */
    public static void exitWhenParentDies() {
        Thread watcher = new Thread(() -> {
            InputStream lifeline = System.in;
            try {
                while (lifeline.read() != -1) {
                    // the parent sends nothing; we only wait for the end
                }
            } catch (IOException e) {
                // a broken pipe says the same as end of file
            }
            System.out.println("child: my parent is gone, so I stop");
            System.exit(0);
        }, "lifeline");
        watcher.setDaemon(true); // waiting for the parent must not keep this JVM alive
        watcher.start();
    }
}
