package proclab.mp;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import proclab.mp.connection.Client;
import proclab.mp.connection.RawPeer;
import proclab.mp.connection.SocketConnection;
import proclab.mp.internal.ItemCodec;
import proclab.mp.internal.TreeDirectory;
import proclab.mp.internal.manager.Wire;

/**
 * Traffic a manager must survive: connections without the key, malformed requests, and random
 * bytes. Each bad connection is closed by the manager (the peer sees end of file) and the
 * manager goes on serving everyone else; nothing a peer sends makes it report an internal error.
 *
 * <p>The fuzz tests run fixed seeds; a failure names its seed, and
 * {@code -Dproclab.fuzz.seed=N} runs that one seed alone.
 */
class ManagerRobustnessTest {
    private static final int FUZZ_SEEDS = 500;
    private static final byte[] KEY = TreeDirectory.get().authkey();
    private static final String INTERNAL_ERROR = "unexpected error";

    private final ByteArrayOutputStream serverErrors = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private Manager manager;

    /** The manager's process writes to this JVM's System.err; keep a copy to look for internal errors. */
    @BeforeEach
    void startManager() {
        originalErr = System.err;
        System.setErr(new PrintStream(new TeeStream(originalErr, serverErrors), true, StandardCharsets.UTF_8));
        manager = new Manager();
    }

    @AfterEach
    void shutdownManager() {
        try {
            manager.close(); // joins the process: all it printed has been copied out
        } finally {
            System.setErr(originalErr);
        }
        assertThat(serverErrors.toString(StandardCharsets.UTF_8)).as("what the manager's process printed")
                .doesNotContain(INTERNAL_ERROR);
    }

    /** After whatever came before, the manager still serves: new objects and old ones, locks included. */
    private void assertStillServes() {
        DictProxy<String, Integer> d = manager.dict();
        d.put("after", 1);
        assertThat(d.get("after")).as("a dict made after the bad traffic").isEqualTo(1);
        AcquirerProxy lock = manager.lock();
        assertThat(lock.acquire(ofSeconds(30))).as("a new lock").isTrue();
        lock.release();
    }

    @Test
    void aClientWithAnotherKeyIsRefused() {
        assertThatThrownBy(() -> Client.connect(manager.address(), RawPeer.ascii("guessed")))
                .isInstanceOf(AuthenticationError.class).hasMessageContaining("digest sent was rejected");
        assertStillServes();
    }

    @Test
    void aRequestSentWithoutTheHandshakeIsNeverRun() {
        DictProxy<String, Integer> d = manager.dict(Map.of("count", 1));
        byte[] put = Wire.request(d.token.id(), "put", new Object[] {"count", 999}, "a put");
        try (RawPeer peer = RawPeer.connect(manager.address())) {
            peer.writeFrame(ItemCodec.bytes(put, 0, put.length));
            peer.awaitClosedByServer(ofSeconds(30), "a request instead of the answer to the challenge");
        }
        assertThat(d.get("count")).as("the count a request without the handshake tried to change").isEqualTo(1);
        assertStillServes();
    }

    @Test
    void malformedFramesAndRequestsCloseTheirConnectionAndRunNothing() {
        DictProxy<String, Integer> d = manager.dict(Map.of("count", 1));
        byte[] put = Wire.request(d.token.id(), "put", new Object[] {"count", 999}, "a put");
        Map<String, byte[]> attacks = new LinkedHashMap<>();
        attacks.put("a frame that is not a request's bytes", frame(ItemCodec.encode("put count 999", "text")));
        attacks.put("an empty frame", frame(new byte[0]));
        attacks.put("a request that ends early", frame(tagged(Arrays.copyOf(put, 7))));
        attacks.put("a request with bytes after its last argument", frame(tagged(Arrays.copyOf(put, put.length + 3))));
        byte[] manyArguments = put.clone();
        manyArguments[4 + 1 + "put".length()] = (byte) 200;
        attacks.put("a request claiming 200 arguments", frame(tagged(manyArguments)));
        byte[] longArgument = put.clone();
        ByteBuffer.wrap(longArgument).putInt(4 + 1 + "put".length() + 1, 1 << 30);
        attacks.put("an argument claiming 1 GiB", frame(tagged(longArgument)));
        attacks.put("an argument of no bytes at all", frame(tagged(request(d.token.id(), "put", new byte[0]))));
        attacks.put("a frame claiming 2 GiB", ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).array());
        attacks.put("a frame claiming a negative length", ByteBuffer.allocate(4).putInt(-5).array());
        attacks.put("a frame cut short", Arrays.copyOf(frame(tagged(put)), 12));
        attacks.put("a frame header cut short", new byte[] {0, 0, 1});

        attacks.forEach((what, bytes) -> {
            try (RawPeer peer = authenticatedPeer()) {
                peer.write(bytes);
                peer.finishSending();
                peer.awaitClosedByServer(ofSeconds(30), what);
            }
            assertThat(d.get("count")).as("the count after %s", what).isEqualTo(1);
        });
        assertStillServes();
    }

    @Test
    void aRequestThatMakesNoSenseGetsAnErrorAndTheConnectionLivesOn() {
        DictProxy<String, Integer> d = manager.dict(Map.of("count", 1));
        int id = d.token.id();
        try (SocketConnection connection = Client.connect(manager.address())) {
            assertThatThrownBy(() -> call(connection, request(9999, "get", arg("count"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no object #9999");
            assertThatThrownBy(() -> call(connection, request(id, "frobnicate")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no method 'frobnicate'");
            assertThatThrownBy(() -> call(connection, request(0, "create", arg("Teapot"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a manager makes no 'Teapot'");
            assertThatThrownBy(() -> call(connection, request(id, "put", arg("count"))))
                    .as("a put without its value").isInstanceOf(ArrayIndexOutOfBoundsException.class);
            byte[] garbage = arg(new ArrayList<>(List.of(1, 2)));
            Arrays.fill(garbage, 1, garbage.length, (byte) 7);
            assertThatThrownBy(() -> call(connection, request(id, "put", arg("count"), garbage)))
                    .as("an argument that claims to be serialized but is not")
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("could not be read back");
            assertThat(call(connection, request(id, "get", arg("count")))).as("a good request after all that")
                    .isEqualTo(1);
        }
        assertStillServes();
    }

    @Test
    void randomBytesInsteadOfTheHandshakeAreRefused() {
        fuzz("random bytes instead of the handshake", (random, peer) -> peer.write(randomBytes(random, 600)));
        assertStillServes();
    }

    @Test
    void randomFramesAfterTheHandshakeCloseTheirConnectionOnly() {
        fuzz("random frames after the handshake", (random, peer) -> {
            assertThat(peer.authenticate(KEY)).isTrue();
            for (int i = random.nextInt(3); i >= 0; i--) {
                byte[] body = randomBytes(random, 300);
                peer.write(random.nextBoolean() ? frame(tagged(body)) : body);
            }
        });
        assertStillServes();
    }

    @Test
    void mutatedRequestsAfterTheHandshakeNeverHurtTheManager() {
        List<byte[]> requests = someOfEachRequest();
        fuzz("mutated requests after the handshake", (random, peer) -> {
            assertThat(peer.authenticate(KEY)).isTrue();
            for (int i = random.nextInt(3); i >= 0; i--) {
                byte[] request = requests.get(random.nextInt(requests.size())).clone();
                for (int flips = random.nextInt(4); flips >= 0; flips--) {
                    request[random.nextInt(request.length)] = (byte) random.nextInt(256);
                }
                if (random.nextInt(4) == 0) {
                    request = Arrays.copyOf(request, random.nextInt(request.length + 8));
                }
                peer.write(frame(tagged(request)));
            }
        });
        assertStillServes();
    }

    /** Well-formed requests on objects of every kind, for the fuzzer to bend. */
    private List<byte[]> someOfEachRequest() {
        List<byte[]> requests = new ArrayList<>();
        int dict = manager.dict().token.id();
        requests.add(Wire.request(dict, "put", new Object[] {"k", 1}, "put"));
        requests.add(Wire.request(dict, "get", new Object[] {"k"}, "get"));
        requests.add(Wire.request(dict, "putAll", new Object[] {new LinkedHashMap<>(Map.of("a", List.of(1, 2)))}, "putAll"));
        int list = manager.list().token.id();
        requests.add(Wire.request(list, "add", new Object[] {"x"}, "add"));
        requests.add(Wire.request(list, "get", new Object[] {0}, "get"));
        int lock = manager.lock().token.id();
        requests.add(Wire.request(lock, "acquire", new Object[] {0L}, "acquire"));
        requests.add(Wire.request(lock, "release", new Object[0], "release"));
        int queue = manager.queue(2).token.id();
        requests.add(Wire.request(queue, "put", new Object[] {"item", 0L}, "put"));
        requests.add(Wire.request(queue, "get", new Object[] {0L}, "get"));
        int event = manager.event().token.id();
        requests.add(Wire.request(event, "wait", new Object[] {0L}, "wait"));
        requests.add(Wire.request(0, "create", new Object[] {"Semaphore", 1}, "create"));
        return requests;
    }

    /** Runs the attack once per seed, each on a connection of its own, and waits for the manager to close it. */
    private void fuzz(String what, BiConsumer<Random, RawPeer> attack) {
        String one = System.getProperty("proclab.fuzz.seed");
        LongStream seeds = one != null ? LongStream.of(Long.parseLong(one)) : LongStream.rangeClosed(1, FUZZ_SEEDS);
        seeds.forEach(seed -> {
            String replay = what + ", seed " + seed + " (replay it alone with -Dproclab.fuzz.seed=" + seed + ")";
            try (RawPeer peer = RawPeer.connect(manager.address())) {
                attack.accept(new Random(seed), peer);
                peer.finishSending();
                peer.awaitClosedByServer(ofSeconds(30), replay);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(replay + ": " + e.getMessage(), e);
            }
        });
    }

    private RawPeer authenticatedPeer() {
        RawPeer peer = RawPeer.connect(manager.address());
        assertThat(peer.authenticate(KEY)).as("the handshake with the tree's key").isTrue();
        return peer;
    }

    private static Object call(SocketConnection connection, byte[] request) {
        connection.sendBytes(request);
        return Wire.result(connection.recvBytes());
    }

    /** A request in the documented layout, with arguments given as their encoded bytes. */
    private static byte[] request(int objectId, String method, byte[]... arguments) {
        byte[] name = method.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(4 + 1 + name.length + 1 + Arrays.stream(arguments).mapToInt(a -> 4 + a.length).sum());
        out.putInt(objectId).put((byte) name.length).put(name).put((byte) arguments.length);
        for (byte[] argument : arguments) {
            out.putInt(argument.length).put(argument);
        }
        return out.array();
    }

    private static byte[] arg(Object value) {
        return ItemCodec.encode(value, "an argument");
    }

    /** The body of a frame as {@code sendBytes} makes it. */
    private static byte[] tagged(byte[] bytes) {
        return ItemCodec.bytes(bytes, 0, bytes.length);
    }

    private static byte[] frame(byte[] body) {
        return ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).array();
    }

    private static byte[] randomBytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Writes to two streams. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
