package proclab.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import proclab.testkit.Graded;

/**
 * Task 2: the server gives each client a handler process of its own. It runs with the tests' own
 * echo conversation ({@link PidEcho}), so these tests need only the server.
 */
class ServerTest {
    private static final int CLIENTS = 5;

    @Graded(task = 2, points = 15, hint = "For each accepted client, start a new Process that runs the conversation on"
            + " the handler's two ends of a Line, then go back to accept() at once: do not join the handler. The server"
            + " itself only relays (line.relay(client)).")
    void fiveClientsFiveHandlers() {
        try (ServerRun server = ServerRun.start(PidEcho.ServerMain.class, 2)) {
            List<SocketClient> clients = new ArrayList<>();
            for (int i = 1; i <= CLIENTS; i++) {
                clients.add(server.connect("client " + i));
            }
            for (int i = 1; i <= CLIENTS; i++) {
                clients.get(i - 1).say("hello from client " + i);
            }
            List<Long> pids = new ArrayList<>();
            for (int i = 1; i <= CLIENTS; i++) {
                String said = "hello from client " + i;
                String answer = clients.get(i - 1).next(ServerRun.PATIENCE, "the answer to \"" + said + "\" while "
                        + (CLIENTS - 1) + " other clients are connected too");
                pids.add(server.pidIn(answer, said));
            }

            long serverPid = server.program.pid();
            assertThat(pids).as("The pids in the answers of %d clients that were connected at once. The server's own"
                    + " pid is %d: a handler must be a process of its own, not the server", CLIENTS, serverPid)
                    .doesNotContain(serverPid);
            Set<Long> distinct = new HashSet<>(pids);
            assertThat(distinct).as("The pids in the answers of %d clients that were connected at once: each client"
                    + " must have a handler process of its own, but some of them shared one: %s", CLIENTS, pids)
                    .hasSize(CLIENTS);
            for (long pid : pids) {
                Optional<Long> parent = ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid);
                assertThat(parent).as("The parent of handler pid %d: the server (pid %d) must start each handler",
                        pid, serverPid).contains(serverPid);
            }
        }
    }

    @Graded(task = 2, points = 10, hint = "After start(), close the server's copies of the two ends you gave the handler."
            + " The line is closed only when every copy of the handler's end is closed, and the server's copy would"
            + " keep it open after the handler has ended.")
    void byeClosesTheConnection() {
        try (ServerRun server = ServerRun.start(PidEcho.ServerMain.class, 2)) {
            SocketClient client = server.connect("client 1");
            client.say("hello");
            server.pidIn(client.next(ServerRun.PATIENCE, "the answer to \"hello\""), "hello");
            client.say("bye");
            assertThat(client.next(ServerRun.PATIENCE, "the answer to \"bye\"")).as("The answer to \"bye\"")
                    .isEqualTo("bye");
            assertThat(client.endsWithin(ServerRun.PATIENCE)).as("The handler said bye and ended, so the connection"
                    + " must close: the relay closes the socket once nobody can send on the handler's end any more."
                    + " It was still open %d s later", ServerRun.PATIENCE.toSeconds()).isTrue();
        }
    }
}
