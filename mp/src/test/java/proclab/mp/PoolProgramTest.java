package proclab.mp;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import proclab.mp.programs.PoolLeftOpen;
import proclab.testkit.JavaProgram;
import proclab.testkit.ProcessTrees;
import proclab.testkit.RunningProgram;

/** Whole programs with a pool, in JVMs of their own: the workers end with them. */
class PoolProgramTest {

    private static List<Long> workers(RunningProgram program) {
        List<Long> pids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pids.add(Long.parseLong(program.awaitLine(l -> l.startsWith("worker "), ofSeconds(60)).substring(7)));
        }
        return pids;
    }

    @Test
    void aProgramThatLeavesItsPoolOpenStillExitsAndTakesTheWorkersAlong() {
        try (RunningProgram program = JavaProgram.main(PoolLeftOpen.class).start()) {
            List<Long> workers = workers(program);
            RunningProgram.Result result = program.awaitExit(ofSeconds(60));

            assertThat(result.exitCode()).as("the program's exit code").isZero();
            assertThat(result.stdout()).contains("squares [1, 4, 9]", "main ends");
            await().atMost(ofSeconds(20)).untilAsserted(() -> assertThat(workers)
                    .as("the pool's workers after the program's main ended").noneMatch(ProcessTrees::isAlive));
        }
    }

    @Test
    void theWorkersDieWhenTheirProgramIsKilled() {
        try (RunningProgram program = JavaProgram.main(PoolLeftOpen.class).args("wait").start()) {
            List<Long> workers = workers(program);

            program.kill();

            await().atMost(ofSeconds(20)).untilAsserted(() -> assertThat(workers)
                    .as("the pool's workers after their program was killed with -9").noneMatch(ProcessTrees::isAlive));
        }
    }
}
