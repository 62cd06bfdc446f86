package proclab.testkit;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class RunningProgramTest {
    /** A skeleton's main: it prints one line, then stops at its TODO. */
    public static final class Unfinished {
        public static void main(String[] args) {
            System.out.println("started");
            throw new UnsupportedOperationException("TODO 3: finish me");
        }
    }

    /** Starts a child JVM that sleeps for a minute, prints its pid, and ends its own main at once. */
    public static final class LeavesAChild {
        public static void main(String[] args) throws Exception {
            java.lang.Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                    "-cp", System.getProperty("java.class.path"), Sleeper.class.getName()).start();
            System.out.println("child " + child.pid());
            Thread.sleep(500);
        }
    }

    public static final class Sleeper {
        public static void main(String[] args) throws Exception {
            Thread.sleep(60_000);
        }
    }

    @Test
    void theProcessesAProgramStartedAreKnownAfterItHasEnded() {
        RunningProgram program = JavaProgram.main(LeavesAChild.class).start();
        long child;
        try {
            child = Long.parseLong(program.awaitLine(l -> l.startsWith("child "), ofSeconds(60)).substring(6));
            program.awaitExit(ofSeconds(60));

            assertThat(program.descendantsSeen()).extracting(ProcessHandle::pid).contains(child);
            assertThat(ProcessTrees.isAlive(child)).as("the orphan, before close()").isTrue();
        } finally {
            program.close();
        }
        assertThat(ProcessTrees.isAlive(child)).as("the orphan, after close()").isFalse();
    }

    @Test
    void awaitingALineStopsWhenTheProgramHasEnded() {
        try (RunningProgram program = JavaProgram.main(Unfinished.class).start()) {
            long start = System.nanoTime();
            AssertionError failure = catchThrowableOfType(AssertionError.class,
                    () -> program.awaitLine("finished"::equals, ofSeconds(60)));

            assertThat((System.nanoTime() - start) / 1e9).as("seconds waited").isLessThan(30);
            assertThat(failure).hasMessageContaining("without printing the line").hasMessageContaining("started");
        }
    }

    @Test
    void aFailureOfAProgramThatDiedOfItsTodoHasTheTodoAsItsCause() {
        try (RunningProgram program = JavaProgram.main(Unfinished.class).start()) {
            program.awaitExit(ofSeconds(60));

            assertThat(program.todo()).hasValue("TODO 3: finish me");
            assertThat(program.failure("it did not finish").getCause())
                    .isInstanceOf(UnsupportedOperationException.class).hasMessage("TODO 3: finish me");
        }
    }

    @Test
    void aFailureOfAProgramWithoutTodoHasNoCause() {
        try (RunningProgram program = JavaProgram.main(JavaProgramTest.ShowProperties.class).start()) {
            program.awaitExit(ofSeconds(60));

            assertThat(program.todo()).isEmpty();
            assertThat(program.failure("it printed nothing").getCause()).isNull();
        }
    }
}
