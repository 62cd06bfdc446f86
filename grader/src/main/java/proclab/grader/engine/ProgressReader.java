package proclab.grader.engine;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import proclab.grader.runner.ProgressEvent;

/** Reads a run's progress log as it grows, one complete line at a time. */
final class ProgressReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<ProgressEvent> events = new ArrayList<>();
    private long offset;
    private final StringBuilder partial = new StringBuilder();

    ProgressReader(Path file) {
        this.file = file;
    }

    /** Reads what was added since the last call; returns every event so far. */
    List<ProgressEvent> poll() {
        if (!Files.exists(file)) {
            return events;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length > offset) {
                byte[] bytes = new byte[(int) Math.min(length - offset, 1 << 20)];
                in.seek(offset);
                in.readFully(bytes);
                offset += bytes.length;
                partial.append(new String(bytes, StandardCharsets.UTF_8));
                int newline;
                while ((newline = partial.indexOf("\n")) >= 0) {
                    String line = partial.substring(0, newline);
                    partial.delete(0, newline + 1);
                    parse(line);
                }
            }
        } catch (IOException e) {
            // read again at the next poll
        }
        return events;
    }

    private void parse(String line) {
        if (line.isBlank()) {
            return;
        }
        try {
            events.add(JSON.readValue(line, ProgressEvent.class));
        } catch (IOException e) {
            // not a line the runner wrote: ignored (the student's code may write anything anywhere)
        }
    }

    boolean has(String event) {
        return events.stream().anyMatch(e -> e.event().equals(event));
    }
}
