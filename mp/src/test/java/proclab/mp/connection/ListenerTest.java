package proclab.mp.connection;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import proclab.mp.AuthenticationError;
import proclab.mp.EOFError;
import proclab.mp.Process;
import proclab.mp.internal.TreeDirectory;

/** Listener and Client: what they carry, and who they refuse. */
class ListenerTest {
    private Listener listener;

    @BeforeEach
    void listen() {
        listener = new Listener();
    }

    @AfterEach
    void stopListening() {
        listener.close();
    }

    /** The next connection that passes the handshake, or a failure after 30 s. */
    private SocketConnection acceptWithin30s() throws Exception {
        return CompletableFuture.supplyAsync(listener::accept).get(30, TimeUnit.SECONDS);
    }

    @Test
    void objectsAndBytesTravelBothWays() throws Exception {
        try (SocketConnection client = Client.connect(listener.address());
                SocketConnection server = acceptWithin30s()) {
            client.send(List.of("ticket", 3));
            client.sendBytes(new byte[] {1, 2, 3});
            client.send(null);
            assertThat(server.<List<Object>>recv()).containsExactly("ticket", 3);
            assertThat(server.recvBytes()).containsExactly(1, 2, 3);
            assertThat(server.<Object>recv()).isNull();

            server.send("answer");
            assertThat(client.<String>recv()).isEqualTo("answer");
        }
    }

    @Test
    void pollSaysWhetherARecvWouldWait() throws Exception {
        try (SocketConnection client = Client.connect(listener.address());
                SocketConnection server = acceptWithin30s()) {
            assertThat(server.poll()).as("poll with nothing sent").isFalse();
            assertThat(server.poll(Duration.ofMillis(50))).as("poll(50 ms) with nothing sent").isFalse();
            client.send(42);
            assertThat(server.poll(ofSeconds(30))).as("poll after a send").isTrue();
            assertThat(server.<Integer>recv()).isEqualTo(42);
            client.close();
            assertThat(server.poll(ofSeconds(30))).as("poll once the other end closed").isTrue();
        }
    }

    @Test
    void recvAfterTheOtherEndClosedIsEndOfFile() throws Exception {
        try (SocketConnection client = Client.connect(listener.address());
                SocketConnection server = acceptWithin30s()) {
            client.send("last words");
            client.close();
            assertThat(server.<String>recv()).isEqualTo("last words");
            assertThatThrownBy(server::recv).isInstanceOf(EOFError.class).hasMessageContaining("end of file");
            assertThatThrownBy(() -> server.send("anyone?")).isInstanceOf(EOFError.class);
            assertThatThrownBy(client::recv).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("it is closed");
        }
    }

    @Test
    void recvBytesOnAnObjectSaysHowToReadIt() throws Exception {
        try (SocketConnection client = Client.connect(listener.address());
                SocketConnection server = acceptWithin30s()) {
            client.send("text");
            assertThatThrownBy(server::recvBytes).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("sent with send(), not sendBytes(): read it with recv()");
        }
    }

    @Test
    void aMessageTooLargeIsRefusedBeforeItIsSent() throws Exception {
        try (SocketConnection client = Client.connect(listener.address());
                SocketConnection server = acceptWithin30s()) {
            byte[] huge = new byte[SocketConnection.MAX_MESSAGE_BYTES];
            assertThatThrownBy(() -> client.sendBytes(huge)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at most " + SocketConnection.MAX_MESSAGE_BYTES + " bytes")
                    .hasMessageContaining("smaller pieces");
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> client.sendBytes(new byte[1 << 20]));
            assertThat(server.recvBytes()).as("a 1 MiB message, which arrives in many reads").hasSize(1 << 20);
            sending.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aChildProcessConnectsWithTheKeyItInherited() throws Exception {
        String address = listener.address();
        Process child = new Process(() -> {
            try (SocketConnection connection = Client.connect(address)) {
                connection.send("hello from pid " + ProcessHandle.current().pid());
                connection.recv(); // the parent's goodbye: keeps the connection open until it has read
            }
        });
        child.start();
        try (SocketConnection fromChild = acceptWithin30s()) {
            assertThat(fromChild.<String>recv()).isEqualTo("hello from pid " + child.pid());
            fromChild.send("goodbye");
        }
        child.join();
        assertThat(child.exitCode()).isZero();
    }

    @Test
    void aClientWithAnotherKeyIsRefusedAndNeverAccepted() throws Exception {
        assertThatThrownBy(() -> Client.connect(listener.address(), RawPeer.ascii("not the tree's key")))
                .isInstanceOf(AuthenticationError.class)
                .hasMessageContaining("digest sent was rejected")
                .hasMessageContaining("different authentication keys");
        assertThatTheNextAcceptedConnectionIsAGoodOne();
    }

    @Test
    void aListenerWithAnotherKeyIsFoundOutByTheClient() {
        try (Listener impostor = new Listener(TreeDirectory.get().resolve("impostor").toString(),
                RawPeer.ascii("another key"))) {
            assertThatThrownBy(() -> Client.connect(impostor.address()))
                    .isInstanceOf(AuthenticationError.class).hasMessageContaining("rejected");
        }
    }

    @Test
    void aServerThatWelcomesAnyoneButCannotAnswerIsFoundOut() throws Exception {
        // A fake server: it sends a challenge, welcomes whatever comes back, then answers the
        // client's challenge with a made-up digest. The client must refuse it.
        String address = TreeDirectory.get().resolve("fake-server").toString();
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(address));
            CompletableFuture<Void> fake = CompletableFuture.runAsync(() -> {
                try (var channel = server.accept(); SocketConnection c = new SocketConnection(channel, "fake")) {
                    c.writeFrame(ByteBuffer.wrap(RawPeer.ascii("#CHALLENGE#{sha256}0123456789012345678901234567890123456789")));
                    c.readFrame(256);
                    c.writeFrame(ByteBuffer.wrap(RawPeer.ascii("#WELCOME#")));
                    c.readFrame(256);
                    c.writeFrame(ByteBuffer.wrap(RawPeer.digest(RawPeer.ascii("guess"), new byte[1])));
                    c.readFrame(256);
                } catch (Exception e) {
                    // the client hung up, as it should
                }
            });
            assertThatThrownBy(() -> Client.connect(address)).isInstanceOf(AuthenticationError.class)
                    .hasMessageContaining("digest received was wrong");
            fake.get(30, TimeUnit.SECONDS);
        } finally {
            Files.deleteIfExists(Path.of(address));
        }
    }

    @Test
    void aPeerThatSkipsTheHandshakeIsDisconnected() throws Exception {
        try (RawPeer peer = RawPeer.connect(listener.address())) {
            peer.writeFrame(RawPeer.ascii("let me in"));
            peer.awaitClosedByServer(ofSeconds(30), "a peer that answered the challenge with nonsense");
        }
        assertThatTheNextAcceptedConnectionIsAGoodOne();
    }

    @Test
    void framesThatClaimTooMuchOrNegativeLengthsCloseTheConnection() throws Exception {
        for (int claimed : new int[] {257, Integer.MAX_VALUE, -1, Integer.MIN_VALUE}) {
            try (RawPeer peer = RawPeer.connect(listener.address())) {
                peer.write(ByteBuffer.allocate(4).putInt(claimed).array());
                peer.awaitClosedByServer(ofSeconds(30), "a handshake frame claiming " + claimed + " bytes");
            }
        }
        assertThatTheNextAcceptedConnectionIsAGoodOne();
    }

    @Test
    void aFrameCutShortClosesTheConnection() throws Exception {
        try (RawPeer peer = RawPeer.connect(listener.address())) {
            peer.write(ByteBuffer.allocate(14).putInt(200).put(RawPeer.ascii("only this")).array());
            peer.finishSending();
            peer.awaitClosedByServer(ofSeconds(30), "a frame of 200 bytes cut off after 10");
        }
        try (RawPeer peer = RawPeer.connect(listener.address())) {
            peer.write(new byte[] {0, 0});
            peer.finishSending();
            peer.awaitClosedByServer(ofSeconds(30), "a frame header cut off after 2 bytes");
        }
        assertThatTheNextAcceptedConnectionIsAGoodOne();
    }

    @Test
    void aSilentPeerDelaysNobodyAndIsCutOffAfterTheHandshakeTimeout() throws Exception {
        Duration timeout = ofSeconds(15); // long enough for a good client to get in first on a busy machine
        listener.close();
        listener = new Listener(TreeDirectory.get().resolve("short-timeout").toString(),
                TreeDirectory.get().authkey(), timeout);
        try (RawPeer silent = RawPeer.connect(listener.address())) {
            long start = System.nanoTime();
            assertThatTheNextAcceptedConnectionIsAGoodOne();
            assertThat(silent.closedByServer()).as("the silent peer, while the good client was served").isFalse();

            silent.awaitClosedByServer(timeout.plusSeconds(30), "a peer that never answers the challenge");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time until the silent peer was cut off")
                    .isGreaterThanOrEqualTo(timeout.minusMillis(500));
        }
    }

    @Test
    void moreProcessesThanHandshakeSlotsConnectingAtOnceAllGetIn() throws Exception {
        int clients = 100;
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<SocketConnection> accepted = new ArrayList<>();
        try {
            List<CompletableFuture<SocketConnection>> connecting = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                connecting.add(CompletableFuture.supplyAsync(() -> Client.connect(listener.address()), threads));
            }
            for (int i = 0; i < clients; i++) {
                accepted.add(acceptWithin30s());
            }
            for (CompletableFuture<SocketConnection> client : connecting) {
                client.get(30, TimeUnit.SECONDS).close();
            }
        } finally {
            threads.shutdownNow();
            accepted.forEach(SocketConnection::close);
        }
        assertThat(accepted).as("connections accepted of %d made at once", clients).hasSize(clients);
    }

    @Test
    void manyBadPeersAtOnceDoNotStopAGoodOne() throws Exception {
        RawPeer[] silent = new RawPeer[20];
        try {
            for (int i = 0; i < silent.length; i++) {
                silent[i] = RawPeer.connect(listener.address());
            }
            assertThatTheNextAcceptedConnectionIsAGoodOne();
        } finally {
            for (RawPeer peer : silent) {
                if (peer != null) {
                    peer.close();
                }
            }
        }
    }

    @Test
    void acceptAfterCloseIsAnErrorAndTheSocketFileIsGone() {
        listener.close();
        assertThatThrownBy(listener::accept).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("it is closed");
        assertThat(Path.of(listener.address())).doesNotExist();
        assertThatThrownBy(() -> Client.connect(listener.address())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("could not connect to " + listener.address());
    }

    @Test
    void listeningWhereAFileIsAlreadySaysSo() throws Exception {
        Path taken = Files.createFile(TreeDirectory.get().resolve("taken"));
        try {
            assertThatThrownBy(() -> new Listener(taken.toString())).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("a file is already there");
        } finally {
            Files.delete(taken);
        }
    }

    @Test
    void anEmptyKeyIsRefusedUpFront() {
        assertThatThrownBy(() -> Client.connect(listener.address(), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one byte");
    }

    /** After whatever came before, a good client still gets in, and it is the one accept returns. */
    private void assertThatTheNextAcceptedConnectionIsAGoodOne() throws Exception {
        try (SocketConnection good = Client.connect(listener.address());
                SocketConnection accepted = acceptWithin30s()) {
            good.send("good client");
            assertThat(accepted.<String>recv()).as("what the accepted connection carries").isEqualTo("good client");
        }
    }
}
