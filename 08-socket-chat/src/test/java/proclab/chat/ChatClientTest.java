package proclab.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import proclab.testkit.Graded;
import proclab.testkit.JavaProgram;
import proclab.testkit.RunningProgram;

/**
 * Task 4: the chat client, run as a program of its own. The test is its server: a server socket in
 * the test's JVM, so that only the client is graded here. The test types on the client's input.
 */
class ChatClientTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ServerSocket listener;
    private RunningProgram client;
    private Socket connection;
    private BufferedReader fromClient;
    private PrintWriter toClient;

    @BeforeEach
    void startClient() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        client = JavaProgram.main(ChatClient.class).args("127.0.0.1", String.valueOf(listener.getLocalPort())).start();
        connection = awaitConnection();
        connection.setSoTimeout((int) PATIENCE.toMillis());
        fromClient = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        toClient = new PrintWriter(connection.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopClient() throws IOException {
        client.close();
        if (connection != null) {
            connection.close();
        }
        listener.close();
    }

    /** Accepts the client's connection; stops waiting early when the client has ended without connecting. */
    private Socket awaitConnection() throws IOException {
        listener.setSoTimeout(200);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (client.isAlive() && System.nanoTime() < deadline) {
            try {
                return listener.accept();
            } catch (SocketTimeoutException e) {
                // not yet: look again
            }
        }
        throw client.failure("The client did not connect to 127.0.0.1 port " + listener.getLocalPort() + " (its"
                + " arguments)" + (client.isAlive() ? " within " + PATIENCE.toSeconds() + " s" : " before it ended")
                + ". " + client.transcript());
    }

    /** The next line the client sent; null at end of stream. */
    private String nextFromClient(String expected) throws IOException {
        try {
            return fromClient.readLine();
        } catch (SocketTimeoutException e) {
            throw client.failure("The server waited " + PATIENCE.toSeconds() + " s for " + expected + " from the client,"
                    + " but nothing came. " + client.transcript());
        }
    }

    private void awaitPrinted(String line, String when) {
        try {
            client.awaitLine(line::equals, PATIENCE);
        } catch (AssertionError e) {
            throw client.failure("The client did not print \"" + line + "\" " + when + ". " + client.transcript());
        }
    }

    @Graded(task = 4, points = 8, hint = "Two things must happen at the same time: waiting for typed lines, and waiting"
            + " for the server's lines. Give one of them a thread of its own, e.g. a thread that copies the input to the"
            + " socket while main prints each line from the socket.")
    void printsLinesAsTheyCome() throws IOException {
        toClient.println("welcome, you are 4312");
        awaitPrinted("welcome, you are 4312", "as soon as the server sent it, before anything was typed");

        client.writeLine("hello room");
        assertThat(nextFromClient("the typed line \"hello room\"")).as("What the client sent after \"hello room\" was"
                + " typed").isEqualTo("hello room");

        toClient.println("4400: hi there");
        toClient.println("4500: hello");
        awaitPrinted("4400: hi there", "while nothing was typed");
        awaitPrinted("4500: hello", "while nothing was typed");
    }

    @Graded(task = 4, points = 6, hint = "At the end of the input, call socket.shutdownOutput(): the server reads end"
            + " of stream, and the client can still read. Keep printing until the server closes the connection.")
    void finishesTheConversationWhenInputEnds() throws IOException {
        client.writeLine("see you");
        assertThat(nextFromClient("the typed line \"see you\"")).as("What the client sent").isEqualTo("see you");
        client.closeInput();
        assertThat(nextFromClient("end of stream, once the client's input has ended")).as("When its input ended, the"
                + " client must tell the server that it sends no more (the server reads end of stream); the server"
                + " read").isNull();

        toClient.println("goodbye");
        connection.close();
        awaitPrinted("goodbye", "after its input had ended: it must still print what the server sends");
        RunningProgram.Result result = client.awaitExit(PATIENCE);
        assertThat(result.exitCode()).as("The client's exit code, once the server had closed the connection")
                .isEqualTo(0);
    }

    @Graded(task = 4, points = 6, hint = "When the server closes the connection, reading from the socket ends. Then"
            + " print \"(the server closed the connection)\" and end, even though a thread still waits for typed"
            + " input: make that thread a daemon.")
    void endsWhenTheServerCloses() throws IOException {
        toClient.println("the server is closing");
        awaitPrinted("the server is closing", "as soon as the server sent it");
        connection.close();
        awaitPrinted("(the server closed the connection)", "when the server closed the connection");
        RunningProgram.Result result = client.awaitExit(PATIENCE);
        assertThat(result.exitCode()).as("The client's exit code, once the server had closed the connection (its"
                + " input was still open)").isEqualTo(0);
    }
}
