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

    final RunningProgram program;
    private final int port;
    private final List<SocketClient> clients = new ArrayList<>();

    private ServerRun(RunningProgram program) {
        this.program = program;
        String listening = program.awaitLine(line -> LISTENING.matcher(line).matches(), PATIENCE);
        Matcher port = LISTENING.matcher(listening);
        port.matches();
        this.port = Integer.parseInt(port.group(1));
    }

    /** Starts {@code main} with port 0: the server takes any free port and prints it. */
    static ServerRun start(Class<?> main) {
        return new ServerRun(JavaProgram.main(main).args("0").start());
    }

    SocketClient connect(String name) {
        SocketClient client = new SocketClient(name, program, port);
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
            throw program.failure("The server never printed \"" + line + "\": " + why + " " + program.transcript());
        }
    }

    @Override
    public void close() {
        clients.forEach(SocketClient::close);
        program.close();
    }
}
