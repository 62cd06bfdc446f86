package proclab.chat;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;


/**
 * A client that a test runs in its own JVM: it connects to the server program, says lines, and
 * collects what the server sends on a thread of its own, so that a wait never blocks the test.
 */
final class SocketClient implements AutoCloseable {
    private final String name;
    private final ServerRun server;
    private final Socket socket;
    private final List<String> received = new ArrayList<>();
    private int taken;
    private volatile boolean ended;

    SocketClient(String name, ServerRun server, int port) {
        this.name = name;
        this.server = server;
        try {
            this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
        } catch (IOException e) {
            throw server.failure(name + " could not connect to the server on port " + port + ": " + e + ".");
        }
        Thread reader = new Thread(this::receive, name + "-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void receive() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (received) {
                    received.add(line);
                }
            }
        } catch (IOException e) {
            // closed by the test, or reset: the connection has ended all the same
        } finally {
            ended = true;
        }
    }

    void say(String line) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw server.failure(name + " could not say \"" + line + "\": " + e + ".");
        }
    }

    /** The next line from the server; fails, with what the server printed, when none comes. */
    String next(Duration patience, String expected) {
        try {
            await().pollInterval(Duration.ofMillis(20)).atMost(patience)
                    .until(() -> hasNext() || ended || !server.isAlive());
        } catch (ConditionTimeoutException e) {
            throw server.failure(name + " waited " + patience.toSeconds() + " s for " + expected
                    + ", but no line came.");
        }
        synchronized (received) {
            if (hasNext()) {
                return received.get(taken++);
            }
        }
        throw server.failure(name + " waited for " + expected + ", but "
                + (server.isAlive() ? "the server closed the connection" : "the server program ended") + ".");
    }

    private boolean hasNext() {
        synchronized (received) {
            return received.size() > taken;
        }
    }

    /** True when the server closes the connection within {@code patience}, after every line was read. */
    boolean endsWithin(Duration patience) {
        try {
            await().pollInterval(Duration.ofMillis(20)).atMost(patience).until(() -> ended);
            return !hasNext();
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** Leaves at once, in the middle of a line: the server's next read of this connection fails. */
    void vanish(String halfALine) {
        try {
            socket.getOutputStream().write(halfALine.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            socket.setSoLinger(true, 0); // close() sends a reset, not a polite end of stream
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not leave", e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
