package proclab.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import proclab.testkit.JavaProgram;
import proclab.testkit.RunningProgram;

/**
 * A server program that a test runs in a JVM of its own, on a free port, with the clients the test
 * connects to it. Closing it closes the clients, and ends the server and every process it started.
 */
final class ServerRun implements AutoCloseable {
    /** How long a server may take for a line or an answer on a busy machine: a handler is a new JVM. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");
    private static final Pattern ANSWER = Pattern.compile("\\[pid (\\d+)\\] (.*)");
    private static final Pattern TODO = Pattern.compile("TODO (\\d+):");

    final RunningProgram program;
    private final int task;
    private final int port;
    private final List<SocketClient> clients = new ArrayList<>();

    private ServerRun(RunningProgram program, int task) {
        this.program = program;
        this.task = task;
        String listening;
        try {
            listening = program.awaitLine(line -> LISTENING.matcher(line).matches(), PATIENCE);
        } catch (AssertionError e) {
            AssertionError failure = failure("The server did not say which port it listens on.");
            program.close();
            throw failure;
        }
        Matcher port = LISTENING.matcher(listening);
        port.matches();
        this.port = Integer.parseInt(port.group(1));
    }

    /**
     * Starts {@code main} with port 0: the server takes any free port and prints it. The test
     * belongs to {@code task}: a TODO of a later task in the server's output is no reason for its
     * failure.
     */
    static ServerRun start(Class<?> main, int task) {
        return new ServerRun(JavaProgram.main(main).args("0").start(), task);
    }

    boolean isAlive() {
        return program.isAlive();
    }

    /**
     * A test failure about the server, with what it printed. When the server died of a TODO of this
     * task or an earlier one, that is the cause, so that the score board says "not started".
     */
    AssertionError failure(String message) {
        String full = message + " " + program.transcript();
        boolean notStarted = program.todo().map(TODO::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1)) <= task).orElse(false);
        return notStarted ? program.failure(full) : new AssertionError(full);
    }

    SocketClient connect(String name) {
        SocketClient client = new SocketClient(name, this, port);
        clients.add(client);
        return client;
    }

    /** The pid in an echo answer {@code [pid PID] TEXT}; fails when the answer has another form. */
    long pidIn(String answer, String to) {
        Matcher m = ANSWER.matcher(answer);
        if (!m.matches() || !m.group(2).equalsIgnoreCase(to)) {
            throw new AssertionError("The answer to \"" + to + "\" was \"" + answer + "\", but the handler answers \"[pid"
                    + " PID] " + to + "\", with its own pid.");
        }
        return Long.parseLong(m.group(1));
    }

    /** Waits for the server to print {@code line}, and fails with its output if it does not. */
    void awaitPrinted(String line, String why) {
        try {
            program.awaitLine(line::equals, PATIENCE);
        } catch (AssertionError e) {
            throw failure("The server never printed \"" + line + "\": " + why);
        }
    }

    @Override
    public void close() {
        clients.forEach(SocketClient::close);
        program.close();
    }
}
