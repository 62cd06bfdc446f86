package proclab.daemon;

import static org.awaitility.Awaitility.await;
import static proclab.daemon.Programs.LINE;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.ExtendWith;

import proclab.mp.Process;
import proclab.testkit.Graded;
import proclab.testkit.RunningProgram;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 2: the monitor's view is the timeline. The heartbeat must beat for as long as it lives, and
 * its life must end with HeartbeatJob's main work: when the work ends, fails, or the job is killed.
 */
class HeartbeatJobTest {
    private static final String BEAT = "heartbeat.beat";
    /** Beats to hear before the heartbeat counts as one that keeps going. */
    private static final int STEADY = 15;

    @Graded(task = 2, points = 7, hint = "The heartbeat's loop has no end of its own: while (true), or a for loop"
            + " without a condition. Its life must come from the main work, not from a count of beats.")
    @ExtendWith(QuietChildren.class)
    void theHeartbeatKeepsBeating() {
        Process heartbeat = HeartbeatJob.startHeartbeat();
        if (heartbeat == null || heartbeat.pid() == null) {
            throw new AssertionError("startHeartbeat() returned " + (heartbeat == null ? "null" : "a process that"
                    + " was never started") + ": it must start the heartbeat process and return it.");
        }
        try {
            List<Event> beats = awaitBeats(heartbeat, STEADY);
            if (beats.size() < STEADY) {
                throw new AssertionError("The heartbeat stopped by itself after " + beats.size() + " beats (its process"
                        + " ended with exit code " + heartbeat.exitCode() + "), while the work may still be running."
                        + " A monitor would think that the job had died.");
            }
            long took = beats.get(STEADY - 1).nanos() - beats.get(0).nanos();
            long atLeast = (STEADY - 1) * HeartbeatJob.EVERY.toNanos();
            if (took < atLeast) {
                throw new AssertionError("The heartbeat beat " + STEADY + " times in " + Events.seconds(0, took)
                        + ": it must pause for EVERY (" + HeartbeatJob.EVERY.toMillis() + " ms) between beats.");
            }
        } finally {
            heartbeat.kill();
            heartbeat.join();
        }
    }

    @Graded(task = 2, points = 6, hint = "A heartbeat that is not a daemon keeps the job's JVM alive after the"
            + " work is done, and goes on telling the monitor that the job is alive. Make it a daemon.")
    void theBeatsStopWhenTheWorkEnds() {
        try (RunningProgram job = Programs.start(HeartbeatJob.class)) {
            Programs.awaitMainLine(job, "work done"::equals, "'work done'");

            RunningProgram.Result end = Programs.awaitEnd(job, () -> "The job's JVM was still running "
                    + Programs.END.toSeconds() + " s after its work was done: " + beatsAfter("work.end", "the work ended")
                    + " A heartbeat that outlives the work tells the monitor a lie.");
            if (end.exitCode() != 0) {
                throw job.failure("The job ended with exit code " + end.exitCode() + " instead of 0. "
                        + job.transcript());
            }
            Programs.awaitGone(job, Programs.started(job, "a heartbeat"), left -> name(left.get(0))
                    + " was still running after the job had ended: " + beatsAfter("work.end", "the work ended"));
        }
    }

    @Graded(task = 2, points = 6, hint = "When the main work throws, main's code ends too, and a daemon is stopped"
            + " at that moment. Code that would stop the heartbeat after the work does not run after a crash.")
    void theBeatsStopWhenTheWorkCrashes() {
        try (RunningProgram job = Programs.start(HeartbeatJob.class, "crash")) {
            Programs.awaitMainLine(job, line -> line.startsWith("work: step " + Work.CRASH_STEP),
                    "step " + Work.CRASH_STEP + " of its work");

            Programs.awaitEnd(job, () -> "The job's JVM was still running " + Programs.END.toSeconds()
                    + " s after its work had crashed at step " + Work.CRASH_STEP + ": "
                    + beatsAfter("work.crash", "the crash")
                    + " The monitor believes that a job whose work failed is still working.");
            Programs.awaitGone(job, Programs.started(job, "a heartbeat"), left -> name(left.get(0))
                    + " was still running after the job had crashed: " + beatsAfter("work.crash", "the crash"));
        }
    }

    @Graded(task = 2, points = 6, hint = "Code in the job that stops the heartbeat cannot run when the job is"
            + " killed with -9. mp ends a daemon whose parent has died; an ordinary child lives on as an orphan.")
    void theBeatsStopWhenTheJobIsKilled() {
        try (RunningProgram job = Programs.start(HeartbeatJob.class, "100000")) {
            awaitBeats(job, 3);
            Set<Long> started = Programs.started(job, "a heartbeat");

            job.kill();
            long killed = System.nanoTime();

            Programs.awaitGone(job, started, left -> {
                List<Event> later = Events.recorded().after(BEAT, killed);
                return name(left.get(0)) + " went on running after the job's JVM (pid " + job.pid()
                        + ") was killed with -9, and " + later.size() + " beats came after the kill"
                        + (later.isEmpty() ? "" : ", the last one " + Events.seconds(killed, last(later).nanos())
                                + " later") + ". A monitor would believe that the dead job is still working.";
            });
        }
    }

    /** The beats of this heartbeat process, once there are {@code count} of them or once it has ended. */
    private static List<Event> awaitBeats(Process heartbeat, int count) {
        try {
            await().pollInterval(Duration.ofMillis(20)).atMost(LINE)
                    .until(() -> beatsOf(heartbeat).size() >= count || !heartbeat.isAlive());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Waited " + LINE.toSeconds() + " s for the heartbeat process (pid "
                    + heartbeat.pid() + ") to beat " + count + " times; it beat " + beatsOf(heartbeat).size() + " times.");
        }
        return beatsOf(heartbeat);
    }

    private static List<Event> beatsOf(Process heartbeat) {
        return Events.recorded().named(BEAT).stream().filter(e -> e.pid() == heartbeat.pid()).toList();
    }

    /** Waits until the job's heartbeat has beaten {@code count} times. */
    private static void awaitBeats(RunningProgram job, int count) {
        try {
            await().pollInterval(Duration.ofMillis(50)).atMost(LINE)
                    .until(() -> Events.recorded().named(BEAT).size() >= count || !job.isAlive());
        } catch (ConditionTimeoutException e) {
            // reported below
        }
        if (Events.recorded().named(BEAT).size() < count) {
            throw job.failure("The monitor never heard " + count + " heartbeats while the work ran. " + job.transcript());
        }
    }

    /** The beats that came after the first event {@code action}, for a message. */
    private static String beatsAfter(String action, String what) {
        Events events = Events.recorded();
        long since = events.first(action).orElseThrow().nanos();
        List<Event> later = events.after(BEAT, since);
        if (later.isEmpty()) {
            return "no beat came after " + what + ", but its processes still ran.";
        }
        return "the heartbeat (pid " + later.get(0).pid() + ") kept it alive and beat " + later.size()
                + " times after " + what + ", the last time " + Events.seconds(since, last(later).nanos()) + " later.";
    }

    /** "The heartbeat (pid N)" for a process that beat, "Process N" for another, to begin a sentence. */
    private static String name(long pid) {
        return Events.recorded().pids(BEAT).contains(pid) ? "The heartbeat (pid " + pid + ")" : "Process " + pid;
    }

    private static Event last(List<Event> events) {
        return events.get(events.size() - 1);
    }
}
