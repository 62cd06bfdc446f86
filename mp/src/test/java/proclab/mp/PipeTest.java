package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static proclab.mp.Children.PATIENCE;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import proclab.testkit.TimelineOnFailure;

/** {@link Pipe} and {@link Connection}, as CPython's {@code _TestConnection} states them. */
@ExtendWith(TimelineOnFailure.class)
class PipeTest {
    private static final byte[] SENTINEL = "STOP".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final Children children = new Children();

    /** CPython's {@code _echo}: sends back every message until the sentinel, then closes its end. */
    private static void echo(Connection connection) {
        for (byte[] message = connection.recvBytes(); !Arrays.equals(message, SENTINEL); message = connection.recvBytes()) {
            connection.sendBytes(message);
        }
        connection.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEchoChildSendsBackWhatItGetsAndTheStreamEndsWhenItCloses() {
        Pipe pipe = new Pipe();
        Connection connection = pipe.first();
        Connection childEnd = pipe.second();
        Process child = children.start(() -> {
            for (Object item = childEnd.recv(); item != null; item = childEnd.recv()) {
                childEnd.send(item);
            }
            echo(childEnd);
        });

        List<Object> seq = List.of(1, 2.25, "three");
        connection.send(seq);
        assertThat(connection.<Object>recv()).isEqualTo(seq);
        connection.send(null); // the child switches to echoing bytes

        connection.sendBytes(bytes("hello world"));
        assertThat(connection.recvBytes()).isEqualTo(bytes("hello world"));

        assertThat(connection.poll()).as("poll() with nothing to read").isFalse();
        assertThat(connection.poll(ofMillis(-1))).as("poll(-1 ms)").isFalse();
        long start = System.nanoTime();
        assertThat(connection.poll(ofMillis(300))).as("poll(300 ms) with nothing to read").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(ofMillis(300));

        byte[] reallyBig = new byte[16 << 20];
        Arrays.fill(reallyBig, (byte) 'X');
        connection.sendBytes(reallyBig);
        assertThat(connection.poll(PATIENCE)).as("poll() once the echo is on its way").isTrue();
        assertThat(connection.recvBytes()).as("a 16 MiB message, echoed").isEqualTo(reallyBig);

        connection.sendBytes(SENTINEL);
        childEnd.close();
        assertThat(connection.readable()).isTrue();
        assertThat(connection.writable()).isTrue();
        assertThatThrownBy(connection::recv).as("recv once the child closed its end").isInstanceOf(EOFError.class)
                .hasMessageContaining("end of file");
        assertThatThrownBy(connection::recvBytes).isInstanceOf(EOFError.class);
        assertThat(Children.exitCodeOf(child)).isZero();
    }

    @Test
    void theParentMayCloseTheChildsEndRightAfterStart() {
        Pipe pipe = new Pipe();
        Connection connection = pipe.first();
        Connection childEnd = pipe.second();
        children.start(() -> echo(childEnd));
        childEnd.close(); // this may come before the child has its copy

        connection.sendBytes(bytes("hello"));
        assertThat(connection.recvBytes()).isEqualTo(bytes("hello"));
        connection.sendBytes(SENTINEL);
        assertThatThrownBy(connection::recv).isInstanceOf(EOFError.class);
        connection.close();
        children.joinAll();
    }

    @Test
    void anEndInTransitToAChildKeepsTheStreamOpenWhileTheChildTakesItOver() {
        Pipe pipe = new Pipe(false);
        Connection reader = pipe.first();
        Connection writer = pipe.second();
        // The child takes its copy over slowly; the parent's copy is closed long before.
        Delays.set("pipe.handover", ofMillis(300));
        try {
            children.start(() -> writer.send("from the child"));
        } finally {
            Delays.clear();
        }
        writer.close();

        assertThat((String) reader.recv()).as("recv while the child takes over the only open copy of the writing end")
                .isEqualTo("from the child");
        children.joinAll();
    }

    @Test
    void aOneWayPipeReceivesOnItsFirstEndAndSendsOnItsSecond() {
        Pipe pipe = new Pipe(false);
        Connection reader = pipe.first();
        Connection writer = pipe.second();
        writer.send(1);
        assertThat((Integer) reader.recv()).isEqualTo(1);
        assertThat(reader.readable()).isTrue();
        assertThat(reader.writable()).isFalse();
        assertThat(writer.readable()).isFalse();
        assertThat(writer.writable()).isTrue();
        assertThatThrownBy(() -> reader.send(2)).isInstanceOf(IllegalStateException.class).hasMessageContaining("one-way");
        assertThatThrownBy(writer::recv).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(writer::poll).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sendBytesSendsTheRangeItIsGiven() {
        byte[] message = bytes("abcdefghijklmnopqrstuvwxyz");
        Pipe pipe = new Pipe();
        Connection a = pipe.first();
        Connection b = pipe.second();

        a.sendBytes(message);
        assertThat(b.recvBytes()).isEqualTo(message);
        a.sendBytes(message, 5, 21);
        assertThat(b.recvBytes()).isEqualTo(Arrays.copyOfRange(message, 5, 26));
        a.sendBytes(message, 7, 8);
        assertThat(b.recvBytes()).isEqualTo(Arrays.copyOfRange(message, 7, 15));
        a.sendBytes(message, 26, 0);
        assertThat(b.recvBytes()).isEmpty();

        assertThatThrownBy(() -> a.sendBytes(message, 27, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.sendBytes(message, 22, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.sendBytes(message, -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.sendBytes(message, 4, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(b.poll()).as("anything sent by the refused calls").isFalse();
    }

    @Test
    void recvBytesRefusesAMessageSentAsAnObject() {
        Pipe pipe = new Pipe();
        pipe.first().send("an object");
        assertThatThrownBy(() -> pipe.second().recvBytes()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read it with recv()");
    }

    @Test
    void aClosedEndCanNeitherBeUsedNorSent() {
        Pipe pipe = new Pipe();
        Connection end = pipe.first();
        end.close();
        end.close(); // closing twice is allowed, as in Python
        assertThat(end.isClosed()).isTrue();
        assertThatThrownBy(() -> end.send("x")).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        assertThatThrownBy(end::recv).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Process(() -> end.send("x")).start())
                .isInstanceOf(SerializationException.class).hasMessageContaining("closed");
    }

    @Test
    void messagesArriveInTheOrderTheyWereSent() {
        Pipe pipe = new Pipe(false);
        Connection reader = pipe.first();
        Connection writer = pipe.second();
        int count = 5_000;
        children.start(() -> {
            for (int i = 0; i < count; i++) {
                writer.send(i);
            }
            writer.close();
        });
        writer.close();
        int expected = 0;
        while (true) {
            int got;
            try {
                got = reader.recv();
            } catch (EOFError e) {
                break;
            }
            assertThat(got).as("message after %d", expected - 1).isEqualTo(expected);
            expected++;
        }
        assertThat(expected).as("messages received before end of file").isEqualTo(count);
        children.joinAll();
    }

    @Test
    void anEndSentThroughAQueueWorksThereAndItsCloseEndsTheStream() {
        Pipe pipe = new Pipe(false);
        Connection reader = pipe.first();
        Queue<Connection> handover = new Queue<>();
        Queue<String> done = new Queue<>();
        Event streamEnded = new Event();
        children.start(() -> {
            Connection writer = handover.get();
            writer.send("sent by the child that got the end through a queue");
            writer.close();
            done.put("closed");
            streamEnded.await(); // alive until the parent has seen the end: the close must end the stream
        });
        handover.put(pipe.second());
        pipe.second().close();

        assertThat((String) reader.recv()).isEqualTo("sent by the child that got the end through a queue");
        assertThat(done.get(PATIENCE)).isEqualTo("closed");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(reader.poll())
                .as("poll() once the only holder of the writing end, still alive, closed it").isTrue());
        assertThatThrownBy(reader::recv).isInstanceOf(EOFError.class);
        streamEnded.set();
        children.joinAll();
    }

    @Test
    void aSendOnAFullPipeWhoseReaderIsGoneFails() {
        System.setProperty("proclab.mp.pipeBytes", Integer.toString(4096));
        Pipe pipe;
        try {
            pipe = new Pipe(false);
        } finally {
            System.clearProperty("proclab.mp.pipeBytes");
        }
        Connection writer = pipe.second();
        pipe.first().close();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10_000; i++) {
                writer.send("message " + i);
            }
        }).isInstanceOf(EOFError.class).hasMessageContaining("broken pipe");
    }
}
