package proclab.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;

import proclab.mp.Event;
import proclab.mp.Process;
import proclab.testkit.Graded;
import proclab.testkit.ProcessTrees;

/** Task 3: ended handlers are reaped and reported, and the server outlives a client that vanishes. */
class ReaperTest {
    @AfterEach
    void endHandlers() {
        Children.killAll();
    }

    @Graded(task = 3, points = 7, hint = "Walk the list: a handler that is no longer alive has ended. Make its line from"
            + " name(), pid() and exitCode(), then close() it and remove it from the list (an Iterator can remove"
            + " while you walk). A handler that still runs stays in the list.")
    void reportsEachEndedHandlerOnce() {
        Event goHome = new Event();
        Process done = new Process("handler-1", () -> { });
        Process failed = new Process("handler-2", () -> System.exit(3));
        Process busy = new Process("handler-3", () -> goHome.await());
        Reaper reaper = new Reaper();
        for (Process handler : List.of(done, failed, busy)) {
            handler.start();
            reaper.add(handler);
        }
        long donePid = done.pid();
        long failedPid = failed.pid();
        long busyPid = busy.pid();
        done.join();
        failed.join();

        assertThat(reaper.reap()).as("reap() after handler-1 returned and handler-2 called System.exit(3), while"
                + " handler-3 still runs").containsExactlyInAnyOrder(
                        "handler-1 (pid " + donePid + ") ended with exit code 0",
                        "handler-2 (pid " + failedPid + ") ended with exit code 3");
        assertThat(reaper.reap()).as("reap() called again at once: handler-1 and handler-2 were reported already, and"
                + " handler-3 still runs").isEmpty();

        goHome.set();
        busy.join();
        assertThat(reaper.reap()).as("reap() after handler-3 has ended too")
                .containsExactly("handler-3 (pid " + busyPid + ") ended with exit code 0");
        assertThat(reaper.reap()).as("reap() when every handler was reported already").isEmpty();
    }

    @Graded(task = 3, points = 8, hint = "This test needs task 2 too. The server must go on accepting whatever happens to"
            + " one client, and it prints each line that reap() returns: check the format of your lines.")
    void theServerOutlivesAClientThatVanishes() {
        try (ServerRun server = ServerRun.start(PidEcho.ServerMain.class, 3)) {
            SocketClient ann = server.connect("ann");
            ann.say("hello");
            long annHandler = server.pidIn(ann.next(ServerRun.PATIENCE, "the answer to \"hello\""), "hello");
            ann.vanish("I was just about to s");

            SocketClient bob = server.connect("bob");
            bob.say("is the server still there?");
            long bobHandler = server.pidIn(bob.next(ServerRun.PATIENCE, "an answer after ann vanished in the middle of"
                    + " a line"), "is the server still there?");
            bob.say("bye");
            bob.next(ServerRun.PATIENCE, "the answer to \"bye\"");

            server.awaitPrinted("handler-1 (pid " + annHandler + ") ended with exit code 0",
                    "ann's handler must end when ann has vanished, and the server must reap it.");
            server.awaitPrinted("handler-2 (pid " + bobHandler + ") ended with exit code 0",
                    "bob's handler must end after bye, and the server must reap it.");
            assertThat(ProcessTrees.isAlive(annHandler) || ProcessTrees.isAlive(bobHandler))
                    .as("A handler still runs after the server reported that it ended").isFalse();
        }
    }
}
