package proclab.grader.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a stream to its end on a thread of its own and keeps only its first and last
 * {@code keep} bytes: a run that prints without end costs the grader no memory.
 */
final class BoundedOutput {
    private final int keep;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final byte[] tail;
    private int tailStart;
    private int tailLength;
    private long total;
    private final Thread reader;

    private BoundedOutput(InputStream in, int keep, String name) {
        this.keep = keep;
        this.tail = new byte[keep];
        this.reader = new Thread(() -> pump(in), name);
        reader.setDaemon(true);
        reader.start();
    }

    static BoundedOutput start(InputStream in, int keepBytes, String name) {
        return new BoundedOutput(in, keepBytes, name);
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                append(buffer, n);
            }
        } catch (IOException e) {
            // the process is gone: what came so far is kept
        }
    }

    private synchronized void append(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (head.size() < keep) {
                head.write(bytes[i]);
            } else {
                tail[(tailStart + tailLength) % keep] = bytes[i];
                if (tailLength < keep) {
                    tailLength++;
                } else {
                    tailStart = (tailStart + 1) % keep;
                }
            }
        }
        total += length;
    }

    /** Waits a little for the stream to end, after its process has ended. */
    void awaitEnd(long millis) {
        try {
            reader.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized long totalBytes() {
        return total;
    }

    /** True when some of the output was left out. */
    synchronized boolean truncated() {
        return total > head.size() + tailLength;
    }

    /** What was kept: the head, and when something was left out, a mark and the tail. */
    synchronized String text() {
        StringBuilder text = new StringBuilder(head.toString(StandardCharsets.UTF_8));
        if (tailLength > 0) {
            byte[] ordered = new byte[tailLength];
            for (int i = 0; i < tailLength; i++) {
                ordered[i] = tail[(tailStart + i) % keep];
            }
            if (truncated()) {
                text.append("\n[... ").append(total - head.size() - tailLength).append(" bytes left out ...]\n");
            }
            text.append(new String(ordered, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
