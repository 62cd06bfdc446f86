package proclab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import proclab.testkit.Graded;

/** Task 4: whether workers ran at the same time is read from mp's timeline, never from a stopwatch. */
class ScheduleTest {
    private static final int WORKERS = 3;

    /** Every worker must have ended before the schedule returned. */
    private static void assertJoinedAll(String schedule, Crew crew, List<Run> runs) {
        assertThat(crew.runningAtReturn()).withFailMessage("%s returned while %s still ran (%s). Join every worker "
                + "before you return.", schedule, crew.runningAtReturn(), Crew.describe(runs)).isEmpty();
    }

    @Graded(task = 4, points = 8, hint = "Two loops: the first starts every worker, the second joins every "
            + "worker. A join() inside the first loop waits for that worker before the next one even starts.")
    void runTogetherRunsTheWorkersAtTheSameTime() throws Exception {
        try (Crew crew = new Crew(WORKERS)) {
            crew.runWith("runTogether", Schedule::runTogether);

            List<Run> runs = crew.runs();
            assertJoinedAll("runTogether", crew, runs);
            for (Run a : runs) {
                for (Run b : runs) {
                    assertThat(a.overlaps(b)).withFailMessage("runTogether ran %s and %s one after the other: %s. "
                            + "Start all of them before you join any.", a.name(), b.name(), Crew.describe(runs))
                            .isTrue();
                }
            }
        }
    }

    @Graded(task = 4, points = 7, hint = "One loop: start a worker, then join it, then go on to the next.")
    void runOneByOneNeverRunsTwoAtOnce() throws Exception {
        try (Crew crew = new Crew(WORKERS)) {
            crew.runWith("runOneByOne", Schedule::runOneByOne);

            List<Run> runs = crew.runs();
            assertJoinedAll("runOneByOne", crew, runs);
            for (int i = 1; i < runs.size(); i++) {
                Run before = runs.get(i - 1);
                Run after = runs.get(i);
                assertThat(before.overlaps(after)).withFailMessage("runOneByOne let %s and %s run at the same time: "
                        + "%s. Wait for each worker to end before you start the next.", before.name(), after.name(),
                        Crew.describe(runs)).isFalse();
            }
        }
    }
}
