package proclab.grader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import proclab.grader.Main;
import proclab.grader.export.GradescopePackage;

/** {@code gradescope}: an autograder for Gradescope. */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = {"Writes a Gradescope autograder (setup.sh, run_autograder, the grader and the student copy of the"
            + " course) into OUT/autograder and OUT/autograder.zip. Upload the zip as the assignment's autograder;"
            + " each submission is graded with the limits given here and gets its results.json.",
            "Try it locally: AUTOGRADER_ROOT=/tmp/ag with the package in /tmp/ag/source and a checkout in"
            + " /tmp/ag/submission, then bash /tmp/ag/source/run_autograder."})
public final class GradescopeCommand implements Callable<Integer> {
    @Mixin
    CourseOption courseOption;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = "gradescope",
            description = "Where the package goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        Path zip = GradescopePackage.write(courseOption.course(), out, limitOptions.limits());
        System.out.println("Gradescope autograder: " + zip);
        return Main.OK;
    }
}
