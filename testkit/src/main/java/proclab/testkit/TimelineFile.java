package proclab.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the timeline that mp records (see {@code proclab.mp.Timeline}): a file of lines
 * {@code nanos TAB pid TAB process TAB action TAB detail}, appended by every process of a tree.
 */
public final class TimelineFile {
    /** The system property through which mp learns where to record; children inherit it. */
    public static final String PROPERTY = "proclab.mp.timeline";

    private TimelineFile() {
    }

    /** One thing one process did. */
    public record Event(long nanos, long pid, String process, String action, String detail) {
        @Override
        public String toString() {
            return process + " " + action + (detail.isEmpty() ? "" : " " + detail);
        }
    }

    /** The events of the timeline being recorded now (for the running test), in time order. */
    public static List<Event> current() {
        String path = System.getProperty(PROPERTY);
        return path == null ? List.of() : read(Path.of(path));
    }

    public static List<Event> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Event> events = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 5) {
                    events.add(new Event(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], f[3], f[4]));
                }
            }
            events.sort(Comparator.comparingLong(Event::nanos));
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the timeline " + file, e);
        }
    }

    /** Only the events whose action starts with one of {@code prefixes} ("lock.", "queue.put"...). */
    public static Predicate<Event> actions(String... prefixes) {
        return e -> {
            for (String prefix : prefixes) {
                if (e.action().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * The events as a table for people: milliseconds since the first event, process, action and
     * detail. At most {@code limit} lines: the first and the last ones, with a note of the rest.
     */
    public static String format(List<Event> events, int limit) {
        if (events.isEmpty()) {
            return "(no events recorded)";
        }
        long start = events.get(0).nanos();
        List<String> lines = events.stream()
                .map(e -> String.format(Locale.ROOT, "%9.1f ms  %-16s %-15s %s", (e.nanos() - start) / 1e6,
                        e.process(), e.action(), e.detail()).stripTrailing())
                .collect(Collectors.toList());
        if (lines.size() > limit) {
            int head = limit / 2;
            List<String> shown = new ArrayList<>(lines.subList(0, head));
            shown.add(String.format(Locale.ROOT, "      ... %d events left out ...", lines.size() - limit));
            shown.addAll(lines.subList(lines.size() - (limit - head), lines.size()));
            lines = shown;
        }
        return String.join("\n", lines);
    }
}
