package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import proclab.grader.engine.GraderClasspath;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.grading.ClassGrading;
import proclab.grader.grading.ProgressBar;
import proclab.grader.model.StudentResult;

/** A grader killed with -9 loses nothing it finished, leaves no process behind, and a rerun does only the rest. */
class KillAndResumeTest {
    @Test
    void aRerunAfterKill9GradesOnlyWhatWasNotFinished() throws Exception {
        Path submissions = Fixtures.freshDir("kill/submissions");
        for (String student : List.of("ann", "ben", "cat")) {
            Fixtures.folder(submissions, student, Map.of("02-echo", Fixtures.reference("02-echo")));
        }
        Path out = Fixtures.freshDir("kill/out");
        List<String> command = new ArrayList<>(List.of(GraderClasspath.javaTool("java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "grade", submissions.toString(),
                "-o", out.toString(), "--course", Fixtures.course().root().toString(), "--lessons", "02-echo"));
        command.addAll(List.of(Fixtures.limitOptions()));
        Process grader = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Fixtures.WORK.resolve("kill/grader.log").toFile()).start();
        long graderPid = grader.pid();
        Path gradebookFile = out.resolve("gradebook.db");
        Set<ProcessHandle> itsProcesses = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> {
                grader.descendants().forEach(itsProcesses::add);
                return Files.exists(gradebookFile) && gradedLessons(gradebookFile) >= 1;
            });
        } finally {
            grader.descendants().forEach(itsProcesses::add);
            grader.destroyForcibly().waitFor();
        }
        await("the killed grader's test JVM ends by itself").atMost(Duration.ofMinutes(1))
                .until(() -> itsProcesses.stream().noneMatch(ProcessHandle::isAlive));
        int doneBeforeTheKill = gradedLessons(gradebookFile);

        try (Gradebook gradebook = Gradebook.open(gradebookFile)) {
            ClassGrading.Summary rerun = new ClassGrading(Fixtures.course().only(Set.of("02-echo")), Fixtures.grader(1),
                    gradebook, out.resolve("work"), 1)
                    .grade(ClassGradingTest.list(submissions), false, "rerun", new ProgressBar(System.err, 3, false));
            assertThat(rerun.lessonsSkipped()).as("lessons finished before the kill").isEqualTo(doneBeforeTheKill);
            assertThat(rerun.lessonsGraded()).isEqualTo(3 - doneBeforeTheKill).isPositive();
            assertThat(gradebook.results()).extracting(StudentResult::earned).containsExactly(100, 100, 100);
        }
        Path pids = Path.of("/sys/fs/cgroup/pids");
        if (Files.isDirectory(pids)) {
            try (var groups = Files.list(pids)) {
                assertThat(groups.map(p -> p.getFileName().toString()))
                        .as("the killed grader's cgroups are swept by the next grader")
                        .noneMatch(name -> name.startsWith("proclab-grader-" + graderPid + "-"));
            }
        }
    }

    private static int gradedLessons(Path gradebookFile) {
        try (Gradebook gradebook = Gradebook.open(gradebookFile)) {
            return gradebook.results().stream().mapToInt(s -> s.lessons().size()).sum();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
