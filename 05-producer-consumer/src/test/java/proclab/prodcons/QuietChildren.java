package proclab.prodcons;

import java.io.OutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test that starts mp processes in its own JVM: mp copies their output to this JVM's
 * {@code System.out}, which would fill the console of the test run with every bun steamed and
 * eaten. The test reads the timeline instead.
 */
public class QuietChildren implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(QuietChildren.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(PrintStream.class, System.out);
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(context.getStore(NAMESPACE).remove(PrintStream.class, PrintStream.class));
    }
}
