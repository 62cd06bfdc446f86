package proclab.queue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A small program to talk to through its stdin and stdout: it answers each line at once with the
 * same line in capitals and an exclamation mark. When its stdin ends, it tidies up for two seconds,
 * as real programs finish their files, and exits with code 0. A program that is killed meanwhile
 * does not finish: its exit code says so.
 *
 * <pre>
 * hello      -&gt;  HELLO!
 * </pre>
 */
public final class Shouter {
    /** Long enough that a parent who kills the program as it closes the input kills it before it ends by itself. */
    private static final long TIDY_UP_MILLIS = 2000;

    private Shouter() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            System.out.println(line.toUpperCase(Locale.ROOT) + "!");   // println flushes System.out
        }
        Thread.sleep(TIDY_UP_MILLIS);
    }
}
