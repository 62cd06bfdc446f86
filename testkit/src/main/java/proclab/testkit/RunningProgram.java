package proclab.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A program started by {@link JavaProgram}: its output lines as they come, its exit, and a way to
 * kill it. Closing it ends the program and every process it started.
 */
public final class RunningProgram implements AutoCloseable {
    /** How an uncaught skeleton TODO shows in a stack trace. */
    private static final Pattern TODO = Pattern.compile("UnsupportedOperationException: (TODO\\b.*)$");

    private final String name;
    private final java.lang.Process process;
    private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    private final Thread[] readers;
    private final CompletableFuture<?> timeLimit;
    /**
     * Every process the program started, as seen so far: a process whose parent dies is no longer
     * anyone's descendant, and still has to be ended when the program is closed.
     */
    private final Set<ProcessHandle> seenDescendants = ConcurrentHashMap.newKeySet();
    private volatile boolean timedOut;

    RunningProgram(String name, java.lang.Process process, Duration limit) {
        this.name = name;
        this.process = process;
        this.readers = new Thread[] {
            read(process.getInputStream(), stdout, "stdout"),
            read(process.getErrorStream(), stderr, "stderr"),
        };
        this.timeLimit = CompletableFuture.runAsync(this::overTime,
                CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS));
        Thread watcher = new Thread(this::watchDescendants, name + "-descendants");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watchDescendants() {
        while (process.isAlive()) {
            noteDescendants();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void noteDescendants() {
        process.descendants().forEach(seenDescendants::add);
    }

    private Thread read(InputStream stream, List<String> into, String which) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    into.add(line);
                }
            } catch (IOException e) {
                // the program is gone; its lines so far are kept
            }
        }, name + "-" + which);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void overTime() {
        if (process.isAlive()) {
            timedOut = true;
            close();
        }
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Every process the program started, as far as seen: its descendants are looked up every 100 ms
     * while it runs, so a process that lived longer than that is in, whether it still runs or not,
     * and whether or not its parent is still there.
     */
    public Set<ProcessHandle> descendantsSeen() {
        if (process.isAlive()) {
            noteDescendants();
        }
        return Set.copyOf(seenDescendants);
    }

    /** True when the program ran past its time limit and was killed for it. */
    public boolean timedOut() {
        return timedOut;
    }

    public List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    public List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    /**
     * Waits for a line on stdout that matches, and returns it. It stops waiting early when the
     * program's stdout has ended (the program and every process that shared its output are gone):
     * then the line can no longer come. The error quotes what the program printed, so the reader
     * sees why the line never came.
     */
    public String awaitLine(Predicate<String> matching, Duration timeout) {
        Thread stdoutReader = readers[0];
        try {
            Awaitility.await().pollInterval(Duration.ofMillis(20)).atMost(timeout)
                    .until(() -> firstMatch(matching).isPresent() || !stdoutReader.isAlive());
        } catch (ConditionTimeoutException e) {
            throw failure("Waited " + timeout.toSeconds() + " s for a line from " + name + " that never came. "
                    + transcript());
        }
        Optional<String> line = firstMatch(matching);
        if (line.isEmpty()) {
            awaitReaders(); // its stderr too, for the message
            throw failure(name + " ended, and so did everything it started, without printing the line that was"
                    + " awaited. " + transcript());
        }
        return line.get();
    }

    private Optional<String> firstMatch(Predicate<String> matching) {
        synchronized (stdout) {
            return stdout.stream().filter(matching).findFirst();
        }
    }

    /** Waits for the program to end by itself; if it does not, the error says so with its output. */
    public Result awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw failure(name + " was still running after " + timeout.toSeconds() + " s. " + transcript());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + name, e);
        }
        awaitReaders();
        return new Result(process.exitValue(), stdout(), stderr(), timedOut);
    }

    /** Lets the readers copy the last lines once the output has ended (children may still hold it open). */
    private void awaitReaders() {
        try {
            for (Thread reader : readers) {
                reader.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes a line to the program's stdin. */
    public void writeLine(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new AssertionError("could not write to " + name + ": it has closed its input or ended", e);
        }
    }

    /** Closes the program's stdin: it reads end of file. */
    public void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed
        }
    }

    /** Kills the program itself with SIGKILL, as {@code kill -9} would; its children are left alone. */
    public void kill() {
        noteDescendants();
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A test failure about this program. When the program, or a process it started, died of the
     * skeleton's {@code UnsupportedOperationException("TODO N: ...")}, that is the failure's cause,
     * so that the score board reports the task as not started rather than as failed.
     */
    public AssertionError failure(String message) {
        AssertionError failure = new AssertionError(message);
        todo().ifPresent(todo -> failure.initCause(new UnsupportedOperationException(todo)));
        return failure;
    }

    /** The skeleton's "TODO N: ..." that the program or one of its processes died of, if any. */
    public Optional<String> todo() {
        return stderr().stream().map(TODO::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }

    /** What the program printed, for failure messages. */
    public String transcript() {
        return "Its stdout was " + tailOf(stdout()) + " and its stderr " + tailOf(stderr()) + ".";
    }

    private static String tailOf(List<String> lines) {
        if (lines.isEmpty()) {
            return "empty";
        }
        List<String> tail = lines.subList(Math.max(0, lines.size() - 15), lines.size());
        return (lines.size() > tail.size() ? "[... " + (lines.size() - tail.size()) + " lines] " : "")
                + String.join(" | ", tail);
    }

    /** Ends the program and everything it started. */
    @Override
    public void close() {
        timeLimit.cancel(false);
        noteDescendants();
        ProcessTrees.killTree(process.toHandle(), Duration.ofSeconds(10));
        for (ProcessHandle orphan : seenDescendants) {
            if (orphan.isAlive()) {
                ProcessTrees.killTree(orphan, Duration.ofSeconds(10));
            }
        }
    }

    /** How a finished program ended. */
    public record Result(int exitCode, List<String> stdout, List<String> stderr, boolean timedOut) {
    }
}
