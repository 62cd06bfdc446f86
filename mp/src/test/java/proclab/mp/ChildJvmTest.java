package proclab.mp;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import proclab.mp.programs.StartOneChild;
import proclab.testkit.JavaProgram;
import proclab.testkit.ProcessTrees;
import proclab.testkit.RunningProgram;

/** How child JVMs are launched: clear errors when they cannot start, and the spare JVMs. */
class ChildJvmTest {

    private static String lineStarting(RunningProgram program, String prefix) {
        return program.awaitLine(l -> l.startsWith(prefix), ofSeconds(60)).substring(prefix.length());
    }

    @Test
    void aJavaThatDoesNotExistIsAnErrorNamingTheCommand() {
        try (RunningProgram program = JavaProgram.main(StartOneChild.class)
                .property("proclab.mp.java", "/no/such/java").start()) {
            assertThat(program.awaitLine(l -> l.startsWith("error "), ofSeconds(60)))
                    .contains("Could not start a child JVM for Process-1")
                    .contains("the command /no/such/java")
                    .contains("JAVA_HOME");
        }
    }

    @Test
    void aJvmThatCannotBootIsAnErrorQuotingIt() {
        try (RunningProgram program = JavaProgram.main(StartOneChild.class)
                .property("proclab.mp.jvmOptions", "-XX:+NoSuchOptionAnywhere").start()) {
            assertThat(program.awaitLine(l -> l.startsWith("error "), ofSeconds(60)))
                    .contains("Could not start a child JVM for Process-1")
                    .contains("-XX:+NoSuchOptionAnywhere")
                    .contains("exited with code 1 before it ran")
                    .contains("Unrecognized VM option 'NoSuchOptionAnywhere'");
        }
    }

    @Test
    void aSpareIsReadyAfterTheFirstStartAndGoesWithItsJvm() {
        try (RunningProgram program = JavaProgram.main(StartOneChild.class).start()) {
            assertThat(lineStarting(program, "exitcode ")).isEqualTo("0");
            List<Long> spares = pids(lineStarting(program, "spares "));
            assertThat(spares).as("idle spare JVMs after one start").hasSize(1);
            long spare = spares.get(0);
            assertThat(ProcessHandle.of(spare).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
                    .as("the spare's parent").contains(program.pid());

            program.writeLine("end");
            program.awaitExit(ofSeconds(30));
            await().atMost(ofSeconds(20)).untilAsserted(() -> assertThat(ProcessTrees.isAlive(spare))
                    .as("the spare %d after its JVM ended", spare).isFalse());
        }
    }

    @Test
    void sparesCanBeTurnedOff() {
        try (RunningProgram program = JavaProgram.main(StartOneChild.class).property("proclab.mp.spares", "0").start()) {
            assertThat(lineStarting(program, "exitcode ")).isEqualTo("0");
            assertThat(pids(lineStarting(program, "spares "))).isEmpty();
            assertThat(program.handle().children().count()).as("children of a JVM without spares").isZero();
        }
    }

    private static List<Long> pids(String list) {
        return Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).collect(Collectors.toList());
    }
}
