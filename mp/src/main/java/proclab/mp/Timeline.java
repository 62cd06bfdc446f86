package proclab.mp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A record of what the processes of a tree did, in the order they did it: one line per process
 * start and exit, lock acquire and release, semaphore acquire and release, event set, clear and
 * wait, queue put and get, and whatever a program marks itself with {@link #record}.
 *
 * <p>Recording is off until the system property {@code proclab.mp.timeline} names a file; every
 * process of the tree then appends to that file (children inherit the property). Timestamps come
 * from {@link System#nanoTime()}, the machine's monotonic clock, so events of different processes
 * on one machine compare. Tests turn it on to show a student how the processes interleaved.
 */
public final class Timeline {
    /** The system property that names the timeline file. */
    public static final String PROPERTY = "proclab.mp.timeline";

    private static String openPath;
    private static FileChannel channel;

    private Timeline() {
    }

    /** One thing one process did. */
    public record Event(long nanos, long pid, String process, String action, String detail) {
        @Override
        public String toString() {
            return process + " (pid " + pid + ") " + action + (detail.isEmpty() ? "" : " " + detail);
        }
    }

    /** Starts recording into {@code file} in this process and in the children it starts from now on. */
    public static void recordTo(Path file) {
        System.setProperty(PROPERTY, file.toAbsolutePath().toString());
    }

    /** Stops recording in this process. */
    public static synchronized void stop() {
        System.clearProperty(PROPERTY);
        closeChannel();
    }

    public static boolean isRecording() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Records an event of the current process, if recording is on. */
    public static void record(String action, String detail) {
        if (isRecording()) {
            Process self = Process.currentProcess();
            write(System.nanoTime(), ProcessHandle.current().pid(), self == null ? "?" : self.name(), action, detail);
        }
    }

    /** Records an event on behalf of another process: a parent notes the exit of a child. */
    static void recordFor(String process, long pid, String action, String detail) {
        if (isRecording()) {
            write(System.nanoTime(), pid, process, action, detail);
        }
    }

    private static void write(long nanos, long pid, String process, String action, String detail) {
        String line = nanos + "\t" + pid + "\t" + clean(process) + "\t" + clean(action) + "\t" + clean(detail) + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        synchronized (Timeline.class) {
            try {
                FileChannel out = channel();
                if (out != null) {
                    // One write per event, in append mode: lines of different processes never mix.
                    out.write(bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the timeline " + openPath, e);
            }
        }
    }

    private static FileChannel channel() throws IOException {
        String path = System.getProperty(PROPERTY);
        if (path == null) {
            return null;
        }
        if (!path.equals(openPath)) {
            closeChannel();
            channel = FileChannel.open(Path.of(path), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            openPath = path;
        }
        return channel;
    }

    private static void closeChannel() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing more will be written anyway
        }
        channel = null;
        openPath = null;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
    }

    /** Reads a timeline file, events in time order. */
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

    /**
     * The events as a table for people: milliseconds since the first event, process and action.
     * At most {@code limit} lines: the first and the last ones, with a note of what was left out.
     */
    public static String format(List<Event> events, int limit) {
        if (events.isEmpty()) {
            return "(no events)";
        }
        long start = events.get(0).nanos();
        List<String> lines = events.stream()
                .map(e -> String.format(Locale.ROOT, "%9.3f ms  %-14s %-16s %s", (e.nanos() - start) / 1e6,
                        e.process(), e.action(), e.detail()).stripTrailing())
                .collect(Collectors.toList());
        if (lines.size() > limit) {
            int head = limit / 2;
            int tail = limit - head;
            List<String> shown = new ArrayList<>(lines.subList(0, head));
            shown.add(String.format(Locale.ROOT, "      ... %d more events ...", lines.size() - limit));
            shown.addAll(lines.subList(lines.size() - tail, lines.size()));
            lines = shown;
        }
        return String.join("\n", lines);
    }
}
