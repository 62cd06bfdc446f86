package proclab.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

import proclab.mp.Barrier;
import proclab.mp.Delays;
import proclab.mp.Process;
import proclab.mp.Queue;
import proclab.mp.Value;
import proclab.testkit.Graded;

class TallyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @AfterEach
    void noDelays() {
        Delays.clear();
    }

    @Graded(task = 1, points = 30, hint = "Loop times times; each time set the total to one more than it holds.")
    void addsOneEachTime() {
        Value<Integer> total = Value.of(0);
        Tally.addTimes(total, 5);
        assertThat(total.get()).as("the total after addTimes(total, 5) from 0").isEqualTo(5);
    }

    @Graded(task = 1, points = 40, hint = "Hold total.getLock() around the read and the write:"
            + " try (var held = total.getLock().hold()) { ... }")
    void twoProcessesLoseNoUpdate() {
        // Every read of a shared value pauses, so that an addition without the lock loses updates every time;
        // each adder takes half a second at least, longer than a busy machine keeps one of them waiting.
        Delays.set("value.get", Duration.ofMillis(25));
        Value<Integer> total = Value.of(0);
        Barrier bothReady = new Barrier(2);
        List<Process> adders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            adders.add(new Process("adder-" + i, () -> {
                bothReady.await();
                Tally.addTimes(total, 20);
            }));
        }
        adders.forEach(Process::start);
        adders.forEach(p -> p.join(PATIENCE));
        for (Process adder : adders) {
            assertThat(adder.exitCode()).as("%s's exit code: it failed, see its error above", adder.name()).isZero();
        }
        assertThat(total.get()).as("two processes each added 1, 20 times, but %d additions were lost",
                40 - total.get()).isEqualTo(40);
    }

    @Graded(task = 2, points = 30, hint = "new Process(() -> { ... }) with a loop that gets until a negative number;"
            + " start it before you return it.")
    void squaresInAChild() {
        Queue<Integer> numbers = new Queue<>();
        Queue<Long> squares = new Queue<>();
        Process squarer = Tally.startSquarer(numbers, squares);
        try {
            assertThat(squarer.pid()).as("the squarer's pid: startSquarer must start the process").isNotNull();
            numbers.put(3);
            numbers.put(4);
            numbers.put(-1);
            assertThat(List.of(squares.get(PATIENCE), squares.get(PATIENCE))).as("the squares of 3 and 4")
                    .containsExactly(9L, 16L);
            squarer.join(PATIENCE);
            assertThat(squarer.exitCode()).as("the squarer's exit code after it took -1").isZero();
        } finally {
            if (squarer.isAlive()) {
                squarer.kill();
            }
        }
    }
}
