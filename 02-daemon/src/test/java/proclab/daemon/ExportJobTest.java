package proclab.daemon;

import static org.awaitility.Awaitility.await;
import static proclab.daemon.Programs.LINE;

import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.ExtendWith;

import proclab.mp.Process;
import proclab.testkit.Graded;
import proclab.testkit.RunningProgram;
import proclab.testkit.TimelineFile.Event;

/** Task 1: the spinner turns in a process of its own, and does not keep ExportJob's JVM alive. */
class ExportJobTest {
    @Graded(task = 1, points = 10, hint = "A child that is not a daemon keeps the program alive until it ends, and the"
            + " spinner never ends. Make it a daemon with setDaemon(true), and do that before start().")
    void theProgramEndsWhenTheExportIsDone() {
        try (RunningProgram job = Programs.start(ExportJob.class)) {
            Programs.awaitMainLine(job, "export done"::equals, "'export done'");

            RunningProgram.Result end = Programs.awaitEnd(job, () -> "The program was still running "
                    + Programs.END.toSeconds() + " s after it printed 'export done'. " + spinnerAfterExport());
            if (end.exitCode() != 0) {
                throw job.failure("The program ended with exit code " + end.exitCode() + " instead of 0. "
                        + job.transcript());
            }
            Programs.awaitGone(job, Programs.started(job, "a spinner"), left -> "Process " + left.get(0)
                    + " was still running " + Programs.DEATH.toSeconds() + " s after the program had ended.");
        }
    }

    @Graded(task = 1, points = 5, hint = "startSpinner() returns the started process. Its target calls Spinner.spin();"
            + " a method reference, Spinner::spin, is a target too.")
    @ExtendWith(QuietChildren.class)
    void theSpinnerTurnsInADaemonProcessOfItsOwn() {
        Process spinner = ExportJob.startSpinner();
        if (spinner == null || spinner.pid() == null) {
            throw new AssertionError("startSpinner() returned " + (spinner == null ? "null" : "a process that was"
                    + " never started") + ": it must start the spinner process and return it.");
        }
        try {
            List<Event> frames = awaitFrames(spinner, 3);
            if (frames.size() < 3) {
                throw new AssertionError("The spinner process (pid " + spinner.pid() + ") ended after " + frames.size()
                        + " frames, with exit code " + spinner.exitCode() + ": it must turn until it is stopped.");
            }
            if (!spinner.isDaemon()) {
                throw new AssertionError("The spinner turns, but its process is not a daemon: it would keep the"
                        + " program alive after the export.");
            }
        } finally {
            spinner.kill();
            spinner.join();
        }
    }

    /** The spinner's frames once there are {@code count} of them, or once its process has ended. */
    private static List<Event> awaitFrames(Process spinner, int count) {
        try {
            await().pollInterval(Duration.ofMillis(20)).atMost(LINE)
                    .until(() -> frames(spinner).size() >= count || !spinner.isAlive());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Waited " + LINE.toSeconds() + " s for the spinner process (pid " + spinner.pid()
                    + ") to show " + count + " frames; it showed " + frames(spinner).size() + ".");
        }
        return frames(spinner);
    }

    private static List<Event> frames(Process spinner) {
        return Events.recorded().named("spinner.frame").stream().filter(e -> e.pid() == spinner.pid()).toList();
    }

    /** Who kept the program alive, from the spinner's frames. */
    private static String spinnerAfterExport() {
        Events events = Events.recorded();
        long exportDone = events.first("export.done").orElseThrow().nanos();
        List<Event> later = events.after("spinner.frame", exportDone);
        if (later.isEmpty()) {
            return "Its processes still ran.";
        }
        Event last = later.get(later.size() - 1);
        return "The spinner (pid " + last.pid() + ") kept it alive: it showed " + later.size()
                + " frames after the export was done, the last one " + Events.seconds(exportDone, last.nanos())
                + " later.";
    }
}
