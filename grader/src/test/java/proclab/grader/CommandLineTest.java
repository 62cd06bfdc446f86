package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The command line says what was wrong and what to do, with exit code 2 for a wrong usage. */
class CommandLineTest {
    @Test
    void helpListsEveryCommand() {
        Console help = Console.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("grade", "self", "demo", "verify-course", "report", "merge", "export-student",
                "gradescope");
    }

    @Test
    void noCommandShowsTheUsage() {
        Console none = Console.run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: grader");
    }

    @Test
    void wrongUsageIsExitCodeTwoWithAMessageThatSaysWhatToDo() {
        Path empty = Fixtures.freshDir("cli/empty");
        String course = Fixtures.course().root().toString();
        expectUsageError(Console.run("grade"), "Missing required parameter: 'SUBMISSIONS'");
        expectUsageError(Console.run("grade", "/no/such/folder", "--course", course), "does not exist");
        expectUsageError(Console.run("grade", empty.toString(), "--course", course, "--test-timeout", "5x"),
                "is not a duration");
        expectUsageError(Console.run("grade", empty.toString(), "--course", course, "--shard", "3/2"), "2/4");
        expectUsageError(Console.run("grade", empty.toString(), "--course", course, "--jobs", "0"), "at least 1");
        expectUsageError(Console.run("grade", empty.toString(), "--course", course, "--lessons", "09-nothing"),
                "No lesson 09-nothing");
        expectUsageError(Console.run("grade", empty.toString(), "--course", "/no/such/course"), "--course");
        expectUsageError(Console.run("report", empty.resolve("gradebook.db").toString()), "There is no gradebook");
        expectUsageError(Console.run("export-student", Fixtures.course().root().resolve("inside").toString(),
                "--course", course), "outside the course");
    }

    @Test
    void verifyingACourseWithoutLessonsPassesAndSaysSo() {
        Console verify = Console.run("verify-course", "--course", Fixtures.freshDir("cli/no-lessons").toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("No lessons");
    }

    private static void expectUsageError(Console console, String message) {
        assertThat(console.exitCode()).as("exit code for: %s", console.err()).isEqualTo(2);
        assertThat(console.err()).contains(message);
    }
}
