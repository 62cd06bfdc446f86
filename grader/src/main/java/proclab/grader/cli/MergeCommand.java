package proclab.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import proclab.grader.Main;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.report.ClassReport;
import proclab.grader.report.Reports;
import proclab.grader.report.TerminalTable;

/** {@code merge}: the gradebooks of the shards of a class, put together. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Puts the gradebooks of grade --shard runs together into one, and writes its reports.")
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GRADEBOOK", description = "The shards' gradebook.db files.")
    List<Path> parts;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "grades",
            description = "Where the merged gradebook.db and the reports go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        for (Path part : parts) {
            if (!Files.isRegularFile(part)) {
                throw new IllegalArgumentException("There is no gradebook at " + part.toAbsolutePath() + ".");
            }
        }
        Path target = out.toAbsolutePath().resolve("gradebook.db");
        try (Gradebook gradebook = Gradebook.open(target)) {
            for (Path part : parts) {
                if (part.toAbsolutePath().normalize().equals(target.normalize())) {
                    throw new IllegalArgumentException("Merge into a new folder: " + part + " is the target itself.");
                }
                gradebook.mergeFrom(part, "merge " + part.toAbsolutePath());
            }
            ClassReport report = new ClassReport(gradebook.results(), gradebook.flakyTests());
            Reports.writeAll(report, out.toAbsolutePath());
            System.out.print(TerminalTable.render(report));
            System.out.println("Merged " + parts.size() + " gradebook(s) into " + target);
            return report.hasInfrastructureErrors() ? Main.INFRASTRUCTURE_ERROR : Main.OK;
        }
    }
}
