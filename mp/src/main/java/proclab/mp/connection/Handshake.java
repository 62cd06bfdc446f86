package proclab.mp.connection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import proclab.mp.AuthenticationError;

/**
 * The mutual challenge and response that opens every connection, as Python's
 * {@code deliver_challenge} and {@code answer_challenge} do it (in their SHA-256 form): each side
 * sends the other 40 random bytes and expects back their HMAC under the shared key, so each proves
 * it knows the key without ever sending it. The accepting side challenges first.
 *
 * <p>Nothing a peer sends here is deserialized, no message may exceed 256 bytes, and a peer that
 * has not finished within the timeout is cut off. The HMAC is made ready when the handshake is
 * created, before any connection: in a JVM that has just started, loading the cryptography takes
 * long, and on a busy machine very long, and it must not count against a peer's time.
 */
final class Handshake {
    /** How long a peer has to finish the handshake before its connection is closed. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final int MAX_MESSAGE = 256;
    private static final int NONCE_BYTES = 40;
    /** The shortest challenge Python accepts. */
    private static final int MIN_NONCE_BYTES = 20;
    private static final byte[] CHALLENGE = ascii("#CHALLENGE#");
    private static final byte[] WELCOME = ascii("#WELCOME#");
    private static final byte[] FAILURE = ascii("#FAILURE#");
    private static final byte[] DIGEST_NAME = ascii("{sha256}");
    private static final String MAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ScheduledThreadPoolExecutor ALARMS = alarms();

    private final Mac mac;
    private final Duration timeout;

    /** A handshake with {@code authkey}; an empty key is an error, since it cannot make an HMAC. */
    Handshake(byte[] authkey, Duration timeout) {
        if (authkey == null || authkey.length == 0) {
            throw new IllegalArgumentException("an authentication key must have at least one byte");
        }
        try {
            mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(authkey, MAC));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot compute " + MAC + ", which every JDK has", e);
        }
        this.timeout = timeout;
    }

    /** The accepting side: challenges the peer, then answers the peer's challenge. */
    void asServer(SocketConnection connection) {
        withinTimeout(connection, () -> {
            deliverChallenge(connection);
            answerChallenge(connection);
        });
    }

    /** The connecting side: answers the server's challenge, then challenges the server. */
    void asClient(SocketConnection connection) {
        withinTimeout(connection, () -> {
            answerChallenge(connection);
            deliverChallenge(connection);
        });
    }

    private void deliverChallenge(SocketConnection connection) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] message = concat(DIGEST_NAME, nonce);
        connection.writeFrame(ByteBuffer.wrap(concat(CHALLENGE, message)));
        byte[] response = connection.readFrame(MAX_MESSAGE);
        if (!MessageDigest.isEqual(response, respond(message))) {
            connection.writeFrame(ByteBuffer.wrap(FAILURE));
            throw new AuthenticationError("digest received was wrong: the peer on " + connection
                    + " does not know this process tree's authentication key");
        }
        connection.writeFrame(ByteBuffer.wrap(WELCOME));
    }

    private void answerChallenge(SocketConnection connection) {
        byte[] received = connection.readFrame(MAX_MESSAGE);
        byte[] message = Arrays.copyOfRange(received, Math.min(CHALLENGE.length, received.length), received.length);
        if (!startsWith(received, CHALLENGE) || !startsWith(message, DIGEST_NAME)
                || message.length < DIGEST_NAME.length + MIN_NONCE_BYTES) {
            throw new AuthenticationError("protocol error on " + connection
                    + ": expected a challenge naming {sha256}; the peer is not an mp process");
        }
        connection.writeFrame(ByteBuffer.wrap(respond(message)));
        if (!Arrays.equals(connection.readFrame(MAX_MESSAGE), WELCOME)) {
            throw new AuthenticationError("digest sent was rejected by the peer on " + connection
                    + ": the two sides hold different authentication keys (are they of the same process tree?)");
        }
    }

    /** {@code {sha256}} and the HMAC of the message; one listener's handshakes share the Mac. */
    private byte[] respond(byte[] message) {
        synchronized (mac) {
            return concat(DIGEST_NAME, mac.doFinal(message));
        }
    }

    /**
     * Runs the steps, closing the connection if they take longer than the timeout: a read on a
     * closed channel returns at once, so a silent peer cannot hold the caller.
     */
    private void withinTimeout(SocketConnection connection, Runnable steps) {
        ScheduledFuture<?> alarm = ALARMS.schedule(connection::close, timeout.toMillis(), TimeUnit.MILLISECONDS);
        RuntimeException failure = null;
        try {
            steps.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        if (!alarm.cancel(false)) {
            connection.close();
            throw new AuthenticationError("the peer on " + connection + " did not finish the handshake within "
                    + timeout.toMillis() + " ms");
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static ScheduledThreadPoolExecutor alarms() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "mp-handshake-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
