package proclab.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import proclab.grader.Main;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.report.ClassReport;
import proclab.grader.report.Reports;
import proclab.grader.report.TerminalTable;

/** {@code report}: the reports again, from a gradebook. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes every report (table, CSV, JSON, JUnit XML, Markdown feedback, HTML, Gradescope) from a"
            + " gradebook, without grading anything.")
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GRADEBOOK", description = "A gradebook.db written by grade or merge.")
    Path gradebookFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "grades",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gradebookFile)) {
            throw new IllegalArgumentException("There is no gradebook at " + gradebookFile.toAbsolutePath()
                    + ". Give the gradebook.db that grade or merge wrote.");
        }
        try (Gradebook gradebook = Gradebook.open(gradebookFile)) {
            ClassReport report = new ClassReport(gradebook.results(), gradebook.flakyTests());
            Reports.writeAll(report, out.toAbsolutePath());
            System.out.print(TerminalTable.render(report));
            System.out.println("Reports in " + out.toAbsolutePath());
            return report.hasInfrastructureErrors() ? Main.INFRASTRUCTURE_ERROR : Main.OK;
        }
    }
}
