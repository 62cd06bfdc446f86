package proclab.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import proclab.grader.Main;
import proclab.grader.course.Course;
import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.LessonGrader;
import proclab.grader.engine.Sandbox;
import proclab.grader.engine.Trees;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.grading.ClassGrading;
import proclab.grader.grading.ProgressBar;
import proclab.grader.grading.Shard;
import proclab.grader.report.ClassReport;
import proclab.grader.report.Reports;
import proclab.grader.report.TerminalTable;
import proclab.grader.submission.SubmissionFolder;

/** {@code grade}: a folder of submissions in, a gradebook and reports out. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades every submission in SUBMISSIONS (a folder or a .zip per student, named by the student's id)"
            + " with the course's pristine tests, into the gradebook OUT/gradebook.db and the reports in OUT.",
            "Only files under each lesson's src/main/java are taken from a submission. A rerun grades only what is not"
            + " in the gradebook yet or has changed.",
            "Exit code 0 when every lesson was graded, 3 when the grader failed on some (rerun to regrade them)."})
public final class GradeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SUBMISSIONS", description = "The folder of submissions.")
    Path submissions;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = "grades",
            description = "Where the gradebook and the reports go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    CourseOption courseOption;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
            description = "Submissions to grade at once (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Run each lesson's tests K times; a test earns its points only when it passes every time"
                + " (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--shard", paramLabel = "i/n", description = "Grade only the i-th of n parts of the class"
            + " (for CI runners; put the parts together with merge).")
    String shard;

    @Option(names = "--lessons", split = ",", paramLabel = "NN-topic", description = "Only these lessons.")
    Set<String> lessons;

    @Option(names = "--force", description = "Grade everything again, even what the gradebook has.")
    boolean force;

    @Option(names = "--keep-work", description = "Keep each lesson's work folder (OUT/work) for a look afterwards.")
    boolean keepWork;

    @Override
    public Integer call() throws Exception {
        Course course = courseOption.course().only(lessons);
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        List<String> skipped = new ArrayList<>();
        List<Path> all = SubmissionFolder.list(submissions, skipped);
        skipped.forEach(name -> System.err.println("Skipped " + name + ": a submission is a folder or a .zip."));
        List<Path> mine = part.of(all);
        Path outDir = out.toAbsolutePath();
        Sandbox sandbox = Sandbox.detect();
        System.err.println("Grading " + mine.size() + " submission(s)" + (part.equals(Shard.ALL) ? "" : " (shard "
                + part + " of " + all.size() + ")") + ", " + course.lessons().size() + " lesson(s), " + jobs
                + " at a time. Limits:\n  " + sandbox.describe(limitOptions.limits()).replace("\n", "\n  "));
        LessonGrader grader = new LessonGrader(new CompiledCourseTests(outDir.resolve("compiled-tests")), sandbox,
                limitOptions.limits(), repeat, keepWork, false);
        Path work = outDir.resolve("work");
        try (Gradebook gradebook = Gradebook.open(outDir.resolve("gradebook.db"))) {
            ClassGrading.Summary summary = new ClassGrading(course, grader, gradebook, work, jobs)
                    .grade(mine, force, "grade " + submissions.toAbsolutePath() + (shard == null ? "" : " --shard " + shard),
                            ProgressBar.forConsole(mine.size() * course.lessons().size()));
            ClassReport report = new ClassReport(gradebook.results(), gradebook.flakyTests());
            Reports.writeAll(report, outDir);
            System.out.print(TerminalTable.render(report));
            System.out.println("Graded " + summary.lessonsGraded() + " lesson(s), " + summary.lessonsSkipped()
                    + " already in the gradebook. Reports in " + outDir + " (open html/index.html).");
            if (summary.infrastructureErrors() > 0 || report.hasInfrastructureErrors()) {
                System.out.println("The grader failed on some lessons (ERR above): they have no score. Run the same"
                        + " command again to regrade them; see html/index.html for what failed.");
                return Main.INFRASTRUCTURE_ERROR;
            }
            return Main.OK;
        } finally {
            if (!keepWork) {
                Trees.delete(work);
            }
        }
    }
}
