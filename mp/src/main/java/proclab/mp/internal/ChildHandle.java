package proclab.mp.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The parent's side of a started child: waiting for it, ending it and reading its exit code in
 * Python's terms.
 */
public final class ChildHandle {
    private static final int SIGKILL = 9;
    private static final int SIGTERM = 15;

    private final ChildJvm jvm;
    /** The signal this parent sent, if any: Java reports a signal death as 128+N, Python as -N. */
    private volatile int signalSent;

    ChildHandle(ChildJvm jvm, String exitLine) {
        this.jvm = jvm;
        jvm.stderr().expectExitLine(exitLine);
    }

    /** Runs {@code action} on another thread once the child has ended. */
    public void whenEnded(Runnable action) {
        jvm.process().onExit().thenRunAsync(action);
    }

    public long pid() {
        return jvm.pid();
    }

    public boolean isAlive() {
        return jvm.process().isAlive();
    }

    /** Waits for the child to end and for its last output to be copied out. */
    public void join() {
        try {
            jvm.process().waitFor();
            jvm.drainOutput();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void join(Duration timeout) {
        try {
            if (jvm.process().waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                jvm.drainOutput();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void terminate() {
        if (isAlive()) {
            signalSent = SIGTERM;
            jvm.process().destroy();
        }
    }

    public void kill() {
        if (isAlive()) {
            signalSent = SIGKILL;
            jvm.process().destroyForcibly();
        }
    }

    /** {@code null} while running; otherwise the exit code as Python reports it. */
    public Integer exitCode() {
        if (isAlive()) {
            return null;
        }
        jvm.drainOutput();
        int status = jvm.process().exitValue();
        if (jvm.stderr().exitLineSeen()) {
            return status; // the child ended through its own exit path, whatever the number
        }
        if (signalSent != 0) {
            return -signalSent;
        }
        // The child died without its exit path: on Unix Java reports death by signal N as 128+N.
        boolean bySignal = status > 128 && status <= 128 + 64 && !isWindows();
        return bySignal ? -(status - 128) : status;
    }

    /** Lets go of the child's stdin; a child that is still running sees its parent as gone. */
    public void close() {
        jvm.release();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
