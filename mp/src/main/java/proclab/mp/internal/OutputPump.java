package proclab.mp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Copies a child's stdout or stderr to this JVM's, a whole line at a time so that the lines of
 * several children never mix. Control lines from the child are taken out of the stream.
 */
final class OutputPump implements Runnable {
    private static final int TAIL_LINES = 20;

    private final InputStream source;
    private final Supplier<PrintStream> target;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Deque<String> tail = new ArrayDeque<>();
    private volatile String exitLine;
    private volatile boolean exitLineSeen;

    private OutputPump(InputStream source, Supplier<PrintStream> target) {
        this.source = source;
        this.target = target;
    }

    static OutputPump start(InputStream source, Supplier<PrintStream> target, String threadName) {
        OutputPump pump = new OutputPump(source, target);
        Thread thread = new Thread(pump, threadName);
        thread.setDaemon(true);
        thread.start();
        return pump;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        byte[] line = new byte[256];
        int lineLength = 0;
        try (source) {
            int n;
            while ((n = source.read(buffer)) > 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line = append(line, lineLength, buffer, start, i + 1 - start);
                        lineLength += i + 1 - start;
                        emit(line, lineLength);
                        lineLength = 0;
                        start = i + 1;
                    }
                }
                line = append(line, lineLength, buffer, start, n - start);
                lineLength += n - start;
            }
        } catch (IOException e) {
            // The child is gone; what it wrote before is already out.
        } finally {
            if (lineLength > 0) {
                emit(line, lineLength);
            }
            finished.countDown();
        }
    }

    private static byte[] append(byte[] line, int length, byte[] from, int offset, int count) {
        byte[] out = length + count > line.length ? Arrays.copyOf(line, Math.max(line.length * 2, length + count)) : line;
        System.arraycopy(from, offset, out, length, count);
        return out;
    }

    private void emit(byte[] line, int length) {
        if (ControlLines.isControl(line, length)) {
            String control = ControlLines.decode(line, length);
            if (control.equals(ControlLines.READY)) {
                ready.countDown();
            } else if (control.equals(exitLine)) {
                exitLineSeen = true;
            }
            return;
        }
        remember(line, length);
        PrintStream out = target.get();
        synchronized (out) {
            out.write(line, 0, length);
            out.flush();
        }
    }

    private void remember(byte[] line, int length) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(new String(line, 0, length, StandardCharsets.UTF_8).stripTrailing());
        }
    }

    /** The child's stderr pump watches for this line to learn that the child ended by itself. */
    void expectExitLine(String line) {
        this.exitLine = line;
    }

    boolean exitLineSeen() {
        return exitLineSeen;
    }

    boolean awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
        return ready.await(timeout, unit);
    }

    boolean isReady() {
        return ready.getCount() == 0;
    }

    boolean awaitFinished(long timeout, TimeUnit unit) {
        try {
            return finished.await(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isFinished() {
        return finished.getCount() == 0;
    }

    /** The last lines the child wrote, for error messages. */
    List<String> tail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }
}
