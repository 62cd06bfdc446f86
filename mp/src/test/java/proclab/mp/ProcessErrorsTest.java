package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Each misuse fails at once with a message that names the process and says what to do. */
class ProcessErrorsTest {

    @Test
    void startingTwiceIsAnError() {
        Process child = new Process(() -> { });
        child.start();
        child.join();
        assertThatThrownBy(child::start).isInstanceOf(IllegalStateException.class)
                .hasMessage(child.name() + ": cannot start a process twice");
    }

    @Test
    void joinAndExitCodeBeforeStartAreErrors() {
        Process child = new Process("early", () -> { });
        assertThatThrownBy(child::join).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot join early: it has not been started; call start() first");
        assertThatThrownBy(child::exitCode).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("early: it has not been started");
        assertThatThrownBy(child::terminate).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("early: it has not been started");
    }

    @Test
    void closingARunningProcessIsAnError() {
        Process child = new Process("busy", () -> Thread.sleep(60_000));
        child.start();
        try {
            assertThatThrownBy(child::close).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot close busy while it is still running: call join() or terminate() first");
        } finally {
            child.kill();
            child.join();
        }
        child.close();
        assertThatThrownBy(child::isAlive).hasMessage("busy: process object is closed");
    }

    @Test
    void aTargetCapturingSomethingUnserializableFailsAtStartNamingIt() {
        Thread notSerializable = Thread.currentThread();
        Process child = new Process("capturing", () -> notSerializable.join());

        assertThatThrownBy(child::start).isInstanceOf(SerializationException.class)
                .hasMessageContaining("capturing")
                .hasMessageContaining("java.lang.Thread is not Serializable")
                .hasMessageContaining("field 'target'")
                .hasMessageContaining("value 1 captured by the lambda in proclab.mp.ProcessErrorsTest");
        assertThat(child.pid()).as("no child was started").isNull();
    }

    @Test
    void aSubclassFieldThatIsNotSerializableIsNamed() {
        Process child = new HoldsALock();
        assertThatThrownBy(child::start).isInstanceOf(SerializationException.class)
                .hasMessageContaining("java.lang.Object is not Serializable")
                .hasMessageContaining("field 'lock' of proclab.mp.ProcessErrorsTest$HoldsALock")
                .hasMessageContaining("Mark that field transient");
    }

    static final class HoldsALock extends Process {
        private final Object lock = new Object();

        @Override
        public void run() {
            synchronized (lock) {
                lock.notifyAll();
            }
        }
    }

    @Test
    void aCapturedPathGetsAHintToSendItsText() {
        Path file = Path.of("tickets.json");
        Process child = new Process(() -> file.toFile().delete());
        assertThatThrownBy(child::start).isInstanceOf(SerializationException.class)
                .hasMessageContaining("A Path is not Serializable: send path.toString()");
    }

    @Test
    void theCurrentProcessCannotBeStartedOrJoined() {
        Process main = Process.currentProcess();
        assertThatThrownBy(main::start).hasMessage("MainProcess is the current process: it is already running");
        assertThatThrownBy(main::join).hasMessageContaining("MainProcess is the current process");
    }
}
