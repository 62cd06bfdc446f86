package proclab.mp.connection;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A hand-made peer of mp's socket protocol, written from its description rather than from its
 * code, for tests that send what a well-behaved client never would: garbage, a frame cut short,
 * a request without the handshake. It never blocks: every read waits with a time limit.
 */
public final class RawPeer implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final SocketChannel channel;
    private ByteBuffer received = ByteBuffer.allocate(1 << 16).flip();
    private boolean endOfFile;

    private RawPeer(SocketChannel channel) {
        this.channel = channel;
    }

    public static RawPeer connect(String address) {
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(address));
            channel.configureBlocking(false);
            return new RawPeer(channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The client's half of the handshake with {@code key}: answers the server's challenge, and if
     * the server welcomes it, challenges the server in turn. True if both sides proved the key.
     */
    public boolean authenticate(byte[] key) {
        byte[] challenge = readFrame();
        byte[] prefix = ascii("#CHALLENGE#");
        if (!Arrays.equals(challenge, 0, prefix.length, prefix, 0, prefix.length)) {
            throw new AssertionError("the server did not open with a challenge: " + ascii(challenge));
        }
        writeFrame(digest(key, Arrays.copyOfRange(challenge, prefix.length, challenge.length)));
        if (!ascii(readFrame()).equals("#WELCOME#")) {
            return false;
        }
        byte[] nonce = new byte[40];
        new SecureRandom().nextBytes(nonce);
        byte[] mine = concat(ascii("{sha256}"), nonce);
        writeFrame(concat(prefix, mine));
        boolean serverKnowsKey = Arrays.equals(readFrame(), digest(key, mine));
        writeFrame(ascii(serverKnowsKey ? "#WELCOME#" : "#FAILURE#"));
        return serverKnowsKey;
    }

    /** {@code {sha256}} followed by the HMAC-SHA256 of the message under the key. */
    public static byte[] digest(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return concat(ascii("{sha256}"), mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 4-byte big-endian length, then the body. */
    public void writeFrame(byte[] body) {
        write(ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).array());
    }

    /**
     * Writes the bytes; if the server has closed the connection already (it may do so after the
     * first bad frame of several), the rest is dropped: {@link #awaitClosedByServer} then sees it.
     */
    public void write(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                if (channel.write(buffer) == 0) {
                    Thread.onSpinWait();
                }
            }
        } catch (IOException e) {
            // broken pipe: the server has closed the connection
        }
    }

    /** Says that nothing more will come from this side; the server reads end of file. */
    public void finishSending() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            // the server has closed the connection already
        }
    }

    /** The next frame from the server; fails if none comes within 30 s. */
    public byte[] readFrame() {
        await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                .until(() -> frameReady() || endOfFile);
        if (!frameReady()) {
            throw new AssertionError("the server closed the connection instead of sending a frame");
        }
        byte[] body = new byte[received.getInt()];
        received.get(body);
        return body;
    }

    /**
     * Reads and drops whatever comes until the server closes the connection; fails if it has not
     * within {@code within}. The one way to see that the server is done with a connection.
     */
    public void awaitClosedByServer(Duration within, String why) {
        await(why).atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2)).until(() -> {
            pull();
            received.position(received.limit());
            return endOfFile;
        });
    }

    /** True if the server has closed the connection by now (whatever it sent first is dropped). */
    public boolean closedByServer() {
        pull();
        received.position(received.limit());
        return endOfFile;
    }

    private boolean frameReady() {
        pull();
        return received.remaining() >= 4 && received.remaining() >= 4 + received.getInt(received.position());
    }

    private void pull() {
        try {
            received.compact();
            if (!received.hasRemaining()) {
                received = ByteBuffer.allocate(received.capacity() * 2).put(received.flip());
            }
            if (channel.read(received) < 0) {
                endOfFile = true;
            }
        } catch (IOException e) {
            endOfFile = true; // reset by the server: closed as well
        } finally {
            received.flip();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closed anyway
        }
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
