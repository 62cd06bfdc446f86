package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A child's stdout and stderr reach the parent's, whole lines at a time, none lost at exit. */
class ProcessOutputTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private List<String> lines(ByteArrayOutputStream stream) {
        return Arrays.asList(stream.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void everyLineOfEveryChildArrivesWholeAndInItsOrder() {
        List<Process> children = IntStream.range(0, 3).mapToObj(n -> new Process(() -> {
            for (int i = 0; i < 500; i++) {
                System.out.println("child " + n + " line " + i + " " + "x".repeat(80));
            }
        })).collect(Collectors.toList());
        children.forEach(Process::start);
        children.forEach(Process::join);

        List<String> lines = lines(out);
        assertThat(lines).as("all lines of 3 children x 500").hasSize(1500);
        for (int n = 0; n < 3; n++) {
            String prefix = "child " + n + " ";
            List<String> own = lines.stream().filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
            int child = n;
            assertThat(own).as("lines of child %d in order, none torn", n)
                    .containsExactlyElementsOf(IntStream.range(0, 500)
                            .mapToObj(i -> "child " + child + " line " + i + " " + "x".repeat(80))
                            .collect(Collectors.toList()));
        }
    }

    @Test
    void anUncaughtExceptionIsPrintedUnderTheProcessName() {
        Process child = new Process(() -> {
            throw new IllegalStateException("the tickets ran out");
        });
        child.start();
        child.join();

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("Process " + child.name() + ":\n")
                .contains("java.lang.IllegalStateException: the tickets ran out")
                .contains("at proclab.mp.ProcessOutputTest.lambda$anUncaughtExceptionIsPrintedUnderTheProcessName")
                .as("the child's boot frames below the target's code")
                .doesNotContain("proclab-mp", "ChildMain", "LambdaCall", "reflect");
    }

    @Test
    void theLastLinesBeforeExitAreNotLost() {
        Process child = new Process(() -> {
            System.out.println("last words");
            System.out.print("no newline at the end");
            System.exit(3);
        });
        child.start();
        child.join();
        assertThat(lines(out)).containsExactly("last words", "no newline at the end");
    }
}
