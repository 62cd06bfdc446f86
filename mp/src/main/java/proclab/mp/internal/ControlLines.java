package proclab.mp.internal;

import java.nio.charset.StandardCharsets;

/**
 * Lines a child writes on its stderr for its parent, not for people. They start with a NUL
 * character, which text output does not contain, and the parent's pump removes them.
 */
public final class ControlLines {
    /** The child JVM has booted and runs proclab code. */
    public static final String READY = "\u0000proclab-mp:ready";
    private static final String EXIT = "\u0000proclab-mp:exit:";

    private ControlLines() {
    }

    /** The line that says the child ended by its own exit path, not by a signal. */
    public static String exit(String nonce) {
        return EXIT + nonce;
    }

    static boolean isControl(byte[] line, int length) {
        return length > 0 && line[0] == 0;
    }

    static String decode(byte[] line, int length) {
        int end = length;
        while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
            end--;
        }
        return new String(line, 0, end, StandardCharsets.UTF_8);
    }
}
