package proclab.grader.grading;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows how far grading is, with counts and an estimate of the time left, on stderr: one line
 * redrawn in place on a terminal, one line per finished lesson otherwise (a CI log).
 */
public final class ProgressBar {
    private static final int WIDTH = 24;

    private final PrintStream out;
    private final int total;
    private final boolean redraw;
    private final long start = System.nanoTime();
    private int done;
    private int graded;
    private long gradingNanos;

    public ProgressBar(PrintStream out, int total, boolean redraw) {
        this.out = out;
        this.total = total;
        this.redraw = redraw;
    }

    /** A bar for this console: redrawn when stderr is a terminal. */
    public static ProgressBar forConsole(int total) {
        return new ProgressBar(System.err, total, System.console() != null);
    }

    /** One lesson done: graded now (and how long it took) or found done in the gradebook. */
    public synchronized void done(String what, String outcome, boolean wasGraded, long nanos) {
        done++;
        if (wasGraded) {
            graded++;
            gradingNanos += nanos;
        }
        String line = String.format(Locale.ROOT, "%s %d/%d lessons, %s%s: %s", bar(), done, total, eta(), what, outcome);
        if (redraw) {
            out.print("\r" + line + " ".repeat(Math.max(0, 100 - line.length())));
            if (done == total) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    private String bar() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }

    /** Time left: the elapsed time per lesson so far (the gradebook's skips count as fast). */
    private String eta() {
        if (done == total) {
            return "done in " + format(Duration.ofNanos(System.nanoTime() - start)) + "; ";
        }
        if (graded == 0) {
            return "";
        }
        long elapsed = System.nanoTime() - start;
        long left = elapsed / done * (total - done);
        return "about " + format(Duration.ofNanos(left)) + " left; ";
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                : seconds + "s";
    }
}
