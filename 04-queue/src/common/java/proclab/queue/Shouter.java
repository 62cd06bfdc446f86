package proclab.queue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A small program to talk to through its stdin and stdout: it answers each line at once with the
 * same line in capitals and an exclamation mark. When its stdin ends, it exits with code 0.
 *
 * <pre>
 * hello      -&gt;  HELLO!
 * </pre>
 */
public final class Shouter {
    private Shouter() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            System.out.println(line.toUpperCase(Locale.ROOT) + "!");   // println flushes System.out
        }
    }
}
