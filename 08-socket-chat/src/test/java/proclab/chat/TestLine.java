package proclab.chat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;

import proclab.mp.Connection;
import proclab.mp.EOFError;
import proclab.mp.Pipe;
import proclab.mp.Process;

/**
 * The test plays the server's part of a {@link Line}: it talks to a handler process through two
 * one-way pipes, with no socket in between.
 */
final class TestLine {
    private final Pipe toHandler = new Pipe(false);
    private final Pipe toClient = new Pipe(false);
    private final String who;

    TestLine(String who) {
        this.who = who;
    }

    Connection handlerReceives() {
        return toHandler.first();
    }

    Connection handlerSends() {
        return toClient.second();
    }

    /** After the handler has started: the test keeps no copy of the handler's ends. */
    void handlerStarted() {
        toHandler.first().close();
        toClient.second().close();
    }

    void say(String line) {
        toHandler.second().send(line);
    }

    /** The client stops talking: the handler's recv() reads end of file. */
    void stopTalking() {
        toHandler.second().close();
    }

    /** The client stops listening: the handler's send() finds the pipe broken. */
    void stopListening() {
        toClient.first().close();
    }

    /**
     * The next line that the handler sent. Fails with what was seen when none comes within
     * {@code patience}, when the line closes, or when {@code mustLive} ends before a line comes.
     */
    String next(Duration patience, Process mustLive, String expected) {
        String line = nextOrEnd(patience, mustLive, expected);
        if (line == null) {
            Children.rethrowTodo();
            throw new AssertionError(who + " waited for " + expected + ", but its line closed: every process that"
                    + " could send on it has closed its end or ended.");
        }
        return line;
    }

    /** The next line that the handler sent, or null when the line has closed. */
    String nextOrEnd(Duration patience, Process mustLive, String expected) {
        Connection in = toClient.first();
        try {
            await().pollInterval(Duration.ofMillis(20)).atMost(patience)
                    .until(() -> in.poll() || !mustLive.isAlive());
        } catch (ConditionTimeoutException e) {
            Children.rethrowTodo();
            throw new AssertionError(who + " waited " + patience.toSeconds() + " s for " + expected
                    + ", but nothing came.");
        }
        if (in.poll()) { // a line, or end of file
            try {
                return in.recv();
            } catch (EOFError e) {
                return null;
            }
        }
        Children.rethrowTodo();
        throw new AssertionError(who + " waited for " + expected + ", but " + mustLive.name()
                + " ended with exit code " + Children.awaitEnd(mustLive, Children.PATIENCE) + " before it came.");
    }
}
