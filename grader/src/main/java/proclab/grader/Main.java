package proclab.grader;

import picocli.CommandLine;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import proclab.grader.cli.DemoCommand;
import proclab.grader.cli.ExportStudentCommand;
import proclab.grader.cli.GradeCommand;
import proclab.grader.cli.GradescopeCommand;
import proclab.grader.cli.MergeCommand;
import proclab.grader.cli.ReportCommand;
import proclab.grader.cli.SelfCommand;
import proclab.grader.cli.VerifyCourseCommand;

/**
 * The grader's command line. Exit codes: 0 done, 1 a check or a grade did not hold
 * ({@code verify-course} found a problem), 2 wrong usage, 3 an infrastructure error (the grader
 * itself failed somewhere: see the report; a rerun regrades what it could not grade).
 */
@Command(name = "grader", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Grades proclab submissions with the course's own pristine tests.",
        subcommands = {GradeCommand.class, SelfCommand.class, DemoCommand.class, VerifyCourseCommand.class,
            ReportCommand.class, MergeCommand.class, ExportStudentCommand.class, GradescopeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Everything went as asked. */
    public static final int OK = 0;
    /** A check did not hold. */
    public static final int CHECK_FAILED = 1;
    /** The grader itself failed somewhere. */
    public static final int INFRASTRUCTURE_ERROR = 3;

    /** Without a command: say which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line; returns its exit code. */
    public static int run(String... args) {
        CommandLine line = new CommandLine(new Main());
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println(commandLine.getColorScheme().errorText(e.getMessage()));
                return CommandLine.ExitCode.USAGE;
            }
            commandLine.getErr().println(commandLine.getColorScheme().errorText("The grader failed: " + e));
            e.printStackTrace(commandLine.getErr());
            return INFRASTRUCTURE_ERROR;
        });
        return line.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"proclab grader " + (version == null ? "(from the sources)" : version)};
        }
    }
}
