package proclab.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;

import proclab.mp.Connection;
import proclab.mp.Process;
import proclab.testkit.Graded;

/**
 * Task 1: the echo conversation, in a handler process of its own. The test plays the server: it
 * talks to the handler through the two pipes of a line, with no socket in between.
 */
class EchoHandlerTest {
    private static final Duration REPLY = Duration.ofSeconds(60);
    private final TestLine line = new TestLine("The test's client");

    @AfterEach
    void endHandlers() {
        Children.killAll();
    }

    private Process startHandler() {
        Connection receives = line.handlerReceives();
        Connection sends = line.handlerSends();
        Process handler = Children.start("handler-1", () -> EchoHandler.talk(receives, sends));
        line.handlerStarted();
        return handler;
    }

    @Graded(task = 1, points = 10, hint = "Loop: recv() a line, send() \"[pid \" + your pid + \"] \" + the line in upper"
            + " case. Take the pid in the handler (ProcessHandle.current().pid()), not in the server. On \"bye\","
            + " send \"bye\" and return.")
    void answersEachLineWithItsOwnPid() {
        Process handler = startHandler();
        long pid = handler.pid();

        line.say("hello");
        String first = line.next(REPLY, handler, "the answer to \"hello\"");
        assertThat(first).as("The answer to \"hello\" from handler-1, whose pid is %d", pid)
                .isEqualTo("[pid " + pid + "] HELLO");
        line.say("Room 8 is open");
        assertThat(line.next(REPLY, handler, "the answer to \"Room 8 is open\""))
                .as("The answer to \"Room 8 is open\" from handler-1, pid %d", pid)
                .isEqualTo("[pid " + pid + "] ROOM 8 IS OPEN");

        line.say("bye");
        assertThat(line.next(REPLY, handler, "the answer to \"bye\"")).as("The answer to \"bye\"").isEqualTo("bye");
        Integer exitCode = Children.awaitEnd(handler, Children.PATIENCE);
        assertThat(exitCode).as("handler-1 must end after it has said bye; its exit code (null: still running after"
                + " %d s)", Children.PATIENCE.toSeconds()).isEqualTo(0);
    }

    @Graded(task = 1, points = 5, hint = "When the client stops talking, recv() throws EOFError. Catch it around your"
            + " loop and return: the conversation is over, and that is normal.")
    void endsWhenTheClientStopsTalking() {
        Process handler = startHandler();
        line.say("hello");
        line.next(REPLY, handler, "the answer to \"hello\"");

        line.stopTalking();
        Integer exitCode = Children.awaitEnd(handler, Children.PATIENCE);
        Children.rethrowTodo();
        assertThat(exitCode).as("The client stopped talking (recv() throws EOFError in the handler). handler-1 must"
                + " then end by itself, with exit code 0 (1: it died of an exception; null: it still ran %d s later)",
                Children.PATIENCE.toSeconds()).isEqualTo(0);
    }

    @Graded(task = 1, points = 5, hint = "A client can leave in the middle of a conversation, before it has read your"
            + " answer. Your answer is lost, and the next recv() throws EOFError: end quietly then too.")
    void endsWhenTheClientLeavesMidConversation() {
        Process handler = startHandler();
        line.say("is anybody there?");
        line.stopListening();
        line.stopTalking();

        Integer exitCode = Children.awaitEnd(handler, Children.PATIENCE);
        Children.rethrowTodo();
        assertThat(exitCode).as("The client said one line and left before the answer came. handler-1 must then end"
                + " quietly, with exit code 0 (1: it died of an exception; null: it still ran %d s later)",
                Children.PATIENCE.toSeconds()).isEqualTo(0);
    }
}
