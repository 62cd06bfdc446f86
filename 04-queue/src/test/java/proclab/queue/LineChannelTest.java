package proclab.queue;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;

import proclab.testkit.Graded;

/** Task 5: the student's LineChannel starts the given Shouter as a child program and talks to it. */
class LineChannelTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The Shouter's pid, once the channel has told it. */
    private long shouter = -1;

    /** Ends the Shouter if the test left it running, whatever the channel did. */
    @AfterEach
    void endTheShouter() {
        ProcessHandle.current().descendants()
                .filter(p -> p.pid() == shouter
                        || p.info().commandLine().map(c -> c.contains(Shouter.class.getName())).orElse(false))
                .forEach(p -> {
                    p.destroyForcibly();
                    p.onExit().join();
                });
    }

    /** Runs a call that may block, on a thread of its own; fails with {@code whenLate} if it does not return in time. */
    private static <T> T within(Callable<T> call, Supplier<String> whenLate) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "line-channel");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            return result.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail(whenLate.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException inner ? inner.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError("The channel threw " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void talk(LineChannel channel, String line) {
        channel.send(line);
        String expected = line.toUpperCase(Locale.ROOT) + "!";
        String reply = within(channel::receive, () -> "The Shouter did not answer \"" + line + "\" within "
                + PATIENCE.toSeconds() + " s. Did the line reach it? A writer keeps what you write in a buffer"
                + " until it is flushed.");
        if (!expected.equals(reply)) {
            fail("The Shouter answers \"" + line + "\" with \"" + expected + "\", but receive() returned "
                    + (reply == null ? "null" : "\"" + reply + "\"") + ".");
        }
    }

    @Graded(task = 5, points = 8, hint = "ProcessBuilder(java, \"-cp\", classpath, main.getName()).start() gives a"
            + " java.lang.Process: write to its getOutputStream() and read its getInputStream(). Flush after each"
            + " line you send.")
    void aLineChannelTalksWithAChildProgram() {
        LineChannel channel = LineChannel.start(Shouter.class);
        shouter = channel.pid();
        long parent = ProcessHandle.of(shouter).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
        if (parent != ProcessHandle.current().pid()) {
            fail("pid() returned " + shouter + ", which is not a child process of this JVM. Return the pid of"
                    + " the program that start() started.");
        }
        for (String line : List.of("hello", "two bowls of soup", "and the bill")) {
            talk(channel, line);
        }
    }

    @Graded(task = 5, points = 8, hint = "Close the child's stdin (the stream you write to): the child reads end of"
            + " file and ends by itself. Then waitFor() it and return its exit value. Do not destroy() it.")
    void closingTheChannelEndsTheChildByItself() {
        LineChannel channel = LineChannel.start(Shouter.class);
        shouter = channel.pid();
        talk(channel, "closing time");
        int exitCode = within(channel::close, () -> "close() still waited " + PATIENCE.toSeconds() + " s later, and"
                + " the child still ran. The child stops when its stdin ends: close the stream you write to, then"
                + " wait for the child.");
        if (exitCode != 0) {
            fail("close() returned exit code " + exitCode + ". The Shouter ends with 0 when its stdin ends; "
                    + (exitCode > 128 ? exitCode + " is 128 + a signal: the child was killed. " : "")
                    + "Close its stdin and let it end by itself.");
        }
        if (ProcessHandle.of(shouter).map(ProcessHandle::isAlive).orElse(false)) {
            fail("close() returned " + exitCode + " while the child (pid " + shouter + ") still ran. Wait for it to"
                    + " end.");
        }
    }
}
