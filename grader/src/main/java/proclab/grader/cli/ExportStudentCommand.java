package proclab.grader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import proclab.grader.Main;
import proclab.grader.export.StudentCopy;

/** {@code export-student}: the course as students get it. */
@Command(name = "export-student", mixinStandardHelpOptions = true,
        description = "Writes a student copy of the course into OUT: everything but the lessons' src/solution and"
            + " src/wrong, build output and .git.")
public final class ExportStudentCommand implements Callable<Integer> {
    @Mixin
    CourseOption courseOption;

    @Parameters(index = "0", paramLabel = "OUT", description = "A new folder for the student copy.")
    Path out;

    @Override
    public Integer call() {
        StudentCopy.write(courseOption.course(), out);
        System.out.println("Student copy in " + out.toAbsolutePath());
        return Main.OK;
    }
}
