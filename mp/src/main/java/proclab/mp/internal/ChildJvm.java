package proclab.mp.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

import proclab.mp.ProcessStartException;

/** A running child JVM: the OS process, the pumps of its output, and the control pipe to its stdin. */
final class ChildJvm {
    private final java.lang.Process process;
    private final List<String> command;
    private final OutputPump out;
    private final OutputPump err;
    private final OutputStream control;

    private ChildJvm(java.lang.Process process, List<String> command) {
        this.process = process;
        this.command = command;
        this.control = process.getOutputStream();
        this.out = OutputPump.start(process.getInputStream(), () -> System.out, "mp-stdout-" + process.pid());
        this.err = OutputPump.start(process.getErrorStream(), () -> System.err, "mp-stderr-" + process.pid());
    }

    static ChildJvm launch(List<String> command, String forWhom) {
        try {
            return new ChildJvm(new ProcessBuilder(command).start(), command);
        } catch (IOException e) {
            throw new ProcessStartException("Could not start a child JVM for " + forWhom + ": the command "
                    + String.join(" ", command) + " failed: " + e.getMessage()
                    + ". Check that JAVA_HOME (or -Dproclab.mp.java) points to a JDK.", e);
        }
    }

    /**
     * Waits until the JVM has booted and runs proclab code. If it dies first, the error names the
     * command and quotes what the JVM printed.
     */
    void awaitBoot(String forWhom) {
        try {
            while (!err.awaitReady(50, TimeUnit.MILLISECONDS)) {
                if (!process.isAlive()) {
                    err.awaitFinished(2, TimeUnit.SECONDS);
                    throw new ProcessStartException("Could not start a child JVM for " + forWhom
                            + ": the command " + String.join(" ", command) + " exited with code "
                            + process.exitValue() + " before it ran. It printed: "
                            + String.join(" | ", err.tail()), null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void send(BootFrame frame) throws IOException {
        frame.writeTo(control);
    }

    java.lang.Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    OutputPump stderr() {
        return err;
    }

    List<String> command() {
        return command;
    }

    /** Waits, within reason, until everything the child wrote has been copied out. */
    void drainOutput() {
        out.awaitFinished(2, TimeUnit.SECONDS);
        err.awaitFinished(2, TimeUnit.SECONDS);
    }

    void awaitExit() {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the control pipe: an idle spare reads end of file and exits. */
    void release() {
        try {
            control.close();
        } catch (IOException e) {
            // Already closed or the child is gone: either way it sees end of file.
        }
    }
}
