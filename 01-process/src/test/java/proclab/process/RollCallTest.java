package proclab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import proclab.testkit.Graded;
import proclab.testkit.RunningProgram;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** Task 1: the roll call runs as a program of its own; what its workers say is checked against the timeline. */
class RollCallTest {
    private static final List<String> NAMES = List.of("ann", "bob", "cid");
    private static final Pattern LINE = Pattern.compile("(\\S+): pid (\\d+), parent (\\d+)");

    /** What one worker said about itself. */
    private record Report(String name, long pid, long parent) {
    }

    /** The roll call's own pid, and what each worker said, by name. */
    private record RollCallRun(long pid, Map<String, Report> reports, String transcript) {
        Report of(String name) {
            Report report = reports.get(name);
            assertThat(report).withFailMessage("The roll call printed no line \"%s: pid PID, parent PPID\". %s",
                    name, transcript).isNotNull();
            return report;
        }
    }

    private static RollCallRun runRollCall() {
        try (RunningProgram program = LessonProgram.start(RollCall.class, NAMES.toArray(String[]::new))) {
            RunningProgram.Result result = program.awaitExit(Duration.ofSeconds(90));
            LessonProgram.failIfTodo(result.stderr());
            Map<String, Report> reports = new HashMap<>();
            for (String line : result.stdout()) {
                Matcher m = LINE.matcher(line.strip());
                if (m.matches()) {
                    Report report = new Report(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
                    reports.put(report.name(), report);
                }
            }
            return new RollCallRun(program.pid(), reports, program.transcript());
        }
    }

    @Graded(task = 1, points = 8, hint = "Start each worker with start(): run() runs the target right here, in "
            + "the calling process. Name each worker: new Process(name, target). In the worker, its own pid is "
            + "ProcessHandle.current().pid().")
    void eachWorkerRunsInAProcessOfItsOwn() throws Exception {
        RollCallRun run = runRollCall();
        List<Event> timeline = TimelineFile.current();

        for (String name : NAMES) {
            Report report = run.of(name);
            assertThat(report.pid()).withFailMessage("%s reported pid %d, which is the pid of the roll call itself: "
                    + "%s did not run in a process of its own.", name, report.pid(), name).isNotEqualTo(run.pid());
            Optional<Event> start = Run.first(timeline, report.pid(), "start");
            assertThat(start).withFailMessage("%s reported pid %d, but the roll call started no process with that "
                    + "pid.", name, report.pid()).isPresent();
            assertThat(start.get().process()).withFailMessage("%s reported pid %d, but the process with that pid is "
                    + "called %s. Give each worker its name.", name, report.pid(), start.get().process())
                    .isEqualTo(name);
        }
    }

    @Graded(task = 1, points = 7, hint = "In the worker, Process.parentProcess() is the process that started it. "
            + "Print its pid, not the worker's own.")
    void eachWorkerNamesItsParent() throws Exception {
        RollCallRun run = runRollCall();

        for (String name : NAMES) {
            Report report = run.of(name);
            assertThat(report.parent()).withFailMessage("%s reported parent pid %d, but the roll call that started "
                    + "it has pid %d.", name, report.parent(), run.pid()).isEqualTo(run.pid());
        }
    }
}
