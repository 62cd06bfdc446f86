package proclab.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import proclab.mp.Event;
import proclab.mp.Process;
import proclab.testkit.TimelineFile;

/**
 * Workers whose only job is to wait for a signal from the test, so that the test, not the
 * machine's speed, decides how long they run.
 *
 * <p>The test gives the signal once the schedule under test has shown its hand: when every worker
 * has started and the schedule waits for them (they run together), or when the schedule waits in
 * {@code join} while some worker has not been started yet (they run one by one). After the signal,
 * every later worker ends as soon as it starts. So workers started together always overlap, and
 * workers run one by one never do, on a slow machine and on a fast one.
 */
final class Crew implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A method of Schedule. */
    interface ScheduleUnderTest {
        void run(List<Process> workers) throws Exception;
    }

    private final Event go = new Event();
    private final List<Process> workers = new ArrayList<>();
    private Background schedule;
    /** The workers that were still running when the schedule returned. */
    private volatile List<String> runningAtReturn = List.of();

    Crew(int size) {
        Event signal = go; // the targets capture the event, not this Crew, which cannot be serialized
        for (int i = 1; i <= size; i++) {
            workers.add(new Process("worker-" + i, () -> signal.await(PATIENCE.multipliedBy(2))));
        }
    }

    /** Runs the schedule on the crew, gives the signal when the schedule has shown its hand, waits for it to return. */
    void runWith(String what, ScheduleUnderTest underTest) {
        schedule = Background.run(what, () -> {
            underTest.run(List.copyOf(workers));
            runningAtReturn = workers.stream().filter(w -> w.pid() != null && w.isAlive()).map(Process::name).toList();
        });
        Waiting.until(PATIENCE, this::scheduleHasShownItsHand, () -> "After " + PATIENCE.toSeconds() + " s, "
                + startedCount() + " of " + workers.size() + " workers had started, and " + what
                + " was neither waiting in join() nor done.");
        go.set();
        schedule.awaitDone(PATIENCE);
    }

    private boolean scheduleHasShownItsHand() {
        boolean waiting = schedule.isDone() || schedule.isJoining();
        boolean someNeverStarted = workers.stream().anyMatch(w -> w.pid() == null);
        return waiting && (someNeverStarted || startedCount() == workers.size());
    }

    /** How many workers' child JVMs have recorded their start. */
    private long startedCount() {
        List<TimelineFile.Event> timeline = TimelineFile.current();
        return workers.stream().filter(w -> w.pid() != null && Run.first(timeline, w.pid(), "start").isPresent())
                .count();
    }

    /** The workers that were still running when the schedule returned. */
    List<String> runningAtReturn() {
        return runningAtReturn;
    }

    /** The run of every worker, in the order they started; waits for the exits of started workers to be recorded. */
    List<Run> runs() {
        for (Process worker : workers) {
            if (worker.pid() == null) {
                throw new AssertionError(worker.name() + " was never started.");
            }
        }
        Waiting.until(PATIENCE, () -> workers.stream().allMatch(w -> Run.of(w, TimelineFile.current()).isPresent()),
                () -> "Some workers never ended: " + workers);
        List<TimelineFile.Event> timeline = TimelineFile.current();
        return workers.stream().map(w -> Run.of(w, timeline)).map(Optional::orElseThrow)
                .sorted(Comparator.comparingLong(Run::start)).toList();
    }

    /** "worker-1 ran from 0 to 812 ms, worker-2 ran from 830 to 1250 ms". */
    static String describe(List<Run> runs) {
        long origin = runs.stream().mapToLong(Run::start).min().orElse(0);
        return runs.stream().map(r -> r.describe(origin)).collect(Collectors.joining(", "));
    }

    /** Lets every worker finish, ends those still running, and stops waiting for the schedule. */
    @Override
    public void close() throws InterruptedException {
        go.set();
        if (schedule != null) {
            schedule.close();
        }
        for (Process worker : workers) {
            if (worker.pid() != null && worker.isAlive()) {
                worker.kill();
                worker.join();
            }
        }
    }
}
