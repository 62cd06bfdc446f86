package proclab.mp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A record of what the processes of a tree did, in the order they did it: one line per process
 * launch (recorded by the parent when {@link Process#start()} hands the process to its JVM), start
 * (recorded by the child when its code begins) and exit, lock acquire and release, semaphore acquire and release, event set, clear and
 * wait, queue put and get, and whatever a program marks itself with {@link #record}.
 *
 * <p>Recording is off until the system property {@code proclab.mp.timeline} names a file; every
 * process of the tree then appends to that file (children inherit the property). Timestamps come
 * from {@link System#nanoTime()}, the machine's monotonic clock, so events of different processes
 * on one machine compare. Tests turn it on to show a student how the processes interleaved.
 *
 * <p>Each line is {@code nanos TAB pid TAB process TAB action TAB detail};
 * {@code proclab.testkit.TimelineFile} reads it back.
 */
public final class Timeline {
    /** The system property that names the timeline file. */
    public static final String PROPERTY = "proclab.mp.timeline";

    private static String openPath;
    private static FileChannel channel;

    private Timeline() {
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
        recordAt(System.nanoTime(), action, detail);
    }

    /**
     * Records an event of the current process that happened at {@code nanos} (a
     * {@link System#nanoTime()} taken earlier): queues and pipes stamp an item inside their
     * critical section, where the order is decided, and record it once outside.
     */
    static void recordAt(long nanos, String action, String detail) {
        if (isRecording()) {
            Process self = Process.currentProcess();
            write(nanos, ProcessHandle.current().pid(), self == null ? "?" : self.name(), action, detail);
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
}
