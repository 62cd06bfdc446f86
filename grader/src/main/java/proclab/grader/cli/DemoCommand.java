package proclab.grader.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import proclab.grader.Main;
import proclab.grader.course.Course;
import proclab.grader.demo.DemoSamples;
import proclab.grader.demo.SampleCourse;
import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.LessonGrader;
import proclab.grader.engine.Limits;
import proclab.grader.engine.Sandbox;
import proclab.grader.engine.Trees;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.grading.ClassGrading;
import proclab.grader.grading.ProgressBar;
import proclab.grader.report.ClassReport;
import proclab.grader.report.Reports;
import proclab.grader.report.TerminalTable;
import proclab.grader.submission.SubmissionFolder;

/** {@code demo}: the grader at work on sample submissions made from the course. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Makes sample submissions from the course (the reference, the untouched skeleton, wrong"
            + " solutions, one that hangs, one that starts processes without end, one that does not compile, one that"
            + " edits the tests), grades them like a class and writes the reports.",
            "Without lessons in the course it uses the grader's bundled two-lesson sample course."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--course", paramLabel = "DIR", description = "The course (default: the checkout around the"
            + " current folder, or the bundled sample course when it has no lessons).")
    Path course;

    @Option(names = "--lessons", split = ",", paramLabel = "NN-topic", description = "Only these lessons.")
    Set<String> lessons;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Where the samples, the gradebook and the reports go (default: COURSE/target/grader-demo).")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "2",
            description = "Submissions to grade at once (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Override
    public Integer call() throws Exception {
        Course chosen = course != null ? Course.at(course) : Course.around(Path.of(""));
        Path outDir = (out != null ? out : chosen.root().resolve("target/grader-demo")).toAbsolutePath();
        Trees.delete(outDir);
        if (chosen.lessons().isEmpty()) {
            System.out.println("The course has no lessons yet: the demo uses the grader's sample course.");
            chosen = Course.at(SampleCourse.copyTo(outDir.resolve("sample-course")));
        }
        chosen = chosen.only(lessons);
        // Short limits: the hanging sample should not keep the demo waiting long.
        Limits limits = Limits.defaults().withTimes(Duration.ofSeconds(30), Duration.ofMinutes(4)).withMaxProcesses(32);
        CompiledCourseTests tests = new CompiledCourseTests(outDir.resolve("compiled-tests"));
        Path submissions = outDir.resolve("submissions");
        List<String> samples = new DemoSamples(chosen, tests).writeTo(submissions);
        System.out.println("Sample submissions in " + submissions + ": " + String.join(", ", samples));
        Sandbox sandbox = Sandbox.detect();
        System.out.println("Limits:\n  " + sandbox.describe(limits).replace("\n", "\n  "));
        LessonGrader grader = new LessonGrader(tests, sandbox, limits, 1, false, false);
        List<Path> all = SubmissionFolder.list(submissions, new java.util.ArrayList<>());
        try (Gradebook gradebook = Gradebook.open(outDir.resolve("gradebook.db"))) {
            new ClassGrading(chosen, grader, gradebook, outDir.resolve("work"), jobs)
                    .grade(all, false, "demo", ProgressBar.forConsole(all.size() * chosen.lessons().size()));
            ClassReport report = new ClassReport(gradebook.results(), gradebook.flakyTests());
            Reports.writeAll(report, outDir);
            System.out.println();
            System.out.print(TerminalTable.render(report));
            System.out.println();
            System.out.println("Reports in " + outDir + ":");
            System.out.println("  " + outDir.resolve("html/index.html") + "   the class overview, a page per student");
            System.out.println("  " + outDir.resolve("grades.csv") + ", grades.json, junit/, feedback/, gradescope/");
            return report.hasInfrastructureErrors() ? Main.INFRASTRUCTURE_ERROR : Main.OK;
        } finally {
            Trees.delete(outDir.resolve("work"));
        }
    }
}
