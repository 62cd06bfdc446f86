package proclab.lock;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import proclab.mp.Delays;
import proclab.mp.Timeline;

/**
 * The office's one receipt printer, shared by every process that has this object. Its paper is a
 * file: each {@link #printLine} adds one line at the end, as the printer feeds the paper.
 *
 * <p>The printer is slow: before each line it pauses at the point {@code printer.line} (a test or
 * demo chooses how long), and each printed line goes into mp's {@link Timeline} as
 * {@code printer.line TEXT}.
 */
public final class Printer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String paper;

    private Printer(String paper) {
        this.paper = paper;
    }

    /** A printer with a fresh, empty roll of paper in the file {@code paper}. */
    public static Printer withPaper(String paper) {
        try {
            Files.writeString(Path.of(paper), "", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not put paper in the printer: " + paper, e);
        }
        return new Printer(paper);
    }

    /** Prints one line. A printer knows nothing of receipts: it prints lines in the order they come. */
    public void printLine(String line) {
        if (line.contains("\n") || line.contains("\r")) {
            throw new IllegalArgumentException("the printer prints one line at a time, without line breaks: " + line);
        }
        Delays.at("printer.line");
        try {
            // One write in append mode: a line is never cut in two, whatever the other processes do.
            Files.writeString(Path.of(paper), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        } catch (IOException e) {
            throw new UncheckedIOException("the printer could not print on " + paper, e);
        }
        Timeline.record("printer.line", line);
    }

    /** Everything printed so far, line by line. */
    public List<String> paper() {
        try {
            return Files.readAllLines(Path.of(paper), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the paper " + paper, e);
        }
    }
}
