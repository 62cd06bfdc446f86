package proclab.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import proclab.testkit.Graded;
import proclab.testkit.JavaProgram;
import proclab.testkit.RunningProgram;

class EchoTest {
    @Graded(task = 1, points = 60, hint = "System.out.println(String.join(\" \", args))")
    void printsTheArguments() {
        RunningProgram.Result result = JavaProgram.main(Echo.class).args("hello", "world")
                .timeLimit(Duration.ofSeconds(60)).run();
        assertThat(result.stdout()).as("what Echo hello world printed; its stderr was %s", result.stderr())
                .containsExactly("hello world");
    }

    @Graded(task = 2, points = 40, hint = "System.exit(args.length) at the end of main.")
    void exitCodeIsTheCount() {
        RunningProgram.Result result = JavaProgram.main(Echo.class).args("a", "b", "c")
                .timeLimit(Duration.ofSeconds(60)).run();
        assertThat(result.exitCode()).as("the exit code of Echo a b c").isEqualTo(3);
    }
}
