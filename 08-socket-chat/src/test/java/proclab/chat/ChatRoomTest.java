package proclab.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import proclab.mp.Connection;
import proclab.mp.Process;
import proclab.mp.Queue;
import proclab.testkit.Graded;

/**
 * Task 5: the chat room, with no sockets. The test starts the broadcaster and three members, each a
 * process of its own, and plays their three clients through the lines of the members.
 */
class ChatRoomTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<TestLine> clients = new ArrayList<>();
    private final List<Process> members = new ArrayList<>();
    private final List<Long> pids = new ArrayList<>();
    private Process broadcaster;

    /** Starts the broadcaster and three members, and waits until each member has greeted its client. */
    @BeforeEach
    void openTheRoom() {
        Queue<RoomEvent> room = new Queue<>(); // a local: the processes' targets must not capture the test
        broadcaster = Children.start("broadcaster", () -> ChatRoom.broadcast(room));
        for (String name : List.of("ann", "bob", "cid")) {
            TestLine client = new TestLine(name);
            Connection receives = client.handlerReceives();
            Connection sends = client.handlerSends();
            members.add(Children.start("member-" + name, () -> ChatRoom.member(receives, sends, room)));
            client.handlerStarted();
            clients.add(client);
        }
        for (int i = 0; i < clients.size(); i++) {
            String welcome = clients.get(i).next(PATIENCE, members.get(i), "the welcome of its member");
            assertThat(welcome).as("The first line a member sends to its client").startsWith("welcome, you are ");
            pids.add(Long.parseLong(welcome.substring("welcome, you are ".length())));
        }
    }

    @AfterEach
    void closeTheRoom() {
        Children.killAll();
    }

    private String heard(int listener, int speaker, String text) {
        String line = clients.get(listener).next(PATIENCE, broadcaster, "\"" + pids.get(speaker) + ": " + text + "\"");
        Children.rethrowTodo();
        return line;
    }

    @Graded(task = 5, points = 12, hint = "A member puts Said(its pid, line) on the room queue; it cannot reach the other"
            + " clients itself. The broadcaster keeps the toClient end of each member from its Joined event, and sends"
            + " \"pid: text\" on every end but the speaker's.")
    void aLineReachesEveryOtherMember() {
        for (int i = 0; i < members.size(); i++) {
            assertThat(pids.get(i)).as("The pid in the welcome of %s: its member's own pid", members.get(i).name())
                    .isEqualTo(members.get(i).pid());
        }
        assertThat(new HashSet<>(pids)).as("The pids of the three members").hasSize(3)
                .doesNotContain(broadcaster.pid(), ProcessHandle.current().pid());

        clients.get(0).say("hi all");
        assertThat(heard(1, 0, "hi all")).as("What bob heard after ann said \"hi all\"").isEqualTo(pids.get(0) + ": hi all");
        assertThat(heard(2, 0, "hi all")).as("What cid heard after ann said \"hi all\"").isEqualTo(pids.get(0) + ": hi all");

        clients.get(1).say("hello ann");
        assertThat(heard(0, 1, "hello ann")).as("The next line ann heard after she said \"hi all\" and bob said"
                + " \"hello ann\". A speaker does not hear her own line back").isEqualTo(pids.get(1) + ": hello ann");
        assertThat(heard(2, 1, "hello ann")).as("What cid heard after bob said \"hello ann\"")
                .isEqualTo(pids.get(1) + ": hello ann");
    }

    @Graded(task = 5, points = 8, hint = "When recv() throws EOFError, the member puts Left(its pid) and ends. On Left,"
            + " the broadcaster closes its copy of that member's end and forgets it: then the client's line closes,"
            + " and nobody sends to a client that has gone.")
    void aMemberWhoLeavesIsLetGo() {
        TestLine cid = clients.get(2);
        cid.stopTalking();
        Integer exitCode = Children.awaitEnd(members.get(2), PATIENCE);
        Children.rethrowTodo();
        assertThat(exitCode).as("cid stopped talking: member-cid must then leave the room and end with exit code 0"
                + " (null: it still ran %d s later)", PATIENCE.toSeconds()).isEqualTo(0);

        clients.get(0).say("cid has gone");
        assertThat(heard(1, 0, "cid has gone")).as("What bob heard after ann said \"cid has gone\"")
                .isEqualTo(pids.get(0) + ": cid has gone");

        String afterLeaving = cid.nextOrEnd(PATIENCE, broadcaster, "the end of its line, once its member had left");
        assertThat(afterLeaving).as("What cid got after member-cid had left the room and ended. It must get nothing"
                + " more, and its line must close: the broadcaster must close its copy of the end of a member that"
                + " has left").isNull();
    }
}
