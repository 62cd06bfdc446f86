package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import proclab.grader.demo.SampleCourse;
import proclab.grader.engine.GraderClasspath;
import proclab.grader.engine.Trees;

class ExportAndGradescopeTest {
    @Test
    void theStudentCopyHasNoSolutionAndNoWrongSolutions() throws IOException {
        Path copy = Fixtures.WORK.resolve("export/student-copy");
        Trees.delete(copy);
        Console export = Console.run("export-student", copy.toString(), "--course", Fixtures.course().root().toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        try (Stream<Path> walk = Files.walk(copy)) {
            List<String> files = walk.filter(Files::isRegularFile).map(p -> copy.relativize(p).toString()).sorted().toList();
            assertThat(files).noneMatch(f -> f.contains("/src/wrong/"));
            assertThat(files).filteredOn(f -> f.contains("/src/solution/"))
                    .containsExactly("01-tally/src/solution/java/README.md", "02-echo/src/solution/java/README.md");
            assertThat(files).contains("01-tally/src/main/java/proclab/tally/Tally.java",
                    "01-tally/src/test/java/proclab/tally/TallyTest.java", "01-tally/README.md",
                    "01-tally/src/common/java/proclab/tally/demo/TallyDemo.java");
        }
        assertThat(copy.resolve("01-tally/src/solution/java/README.md")).content().contains("No reference solution");

        Console again = Console.run("export-student", copy.toString(), "--course", Fixtures.course().root().toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void theGradescopePackageGradesASubmissionIntoResultsJson() throws Exception {
        Path course = SampleCourse.copyTo(Fixtures.WORK.resolve("gradescope/course"));
        Trees.delete(course.resolve("01-tally"));
        Path out = Fixtures.freshDir("gradescope/out");
        Console made = Console.run("gradescope", "--course", course.toString(), "-o", out.toString(),
                "--test-timeout", "60s");
        assertThat(made.exitCode()).as(made.err()).isZero();

        // Gradescope's layout: the package in source/, the submission in submission/, results in results/.
        Path root = Fixtures.freshDir("gradescope/autograder");
        unzip(out.resolve("autograder.zip"), root.resolve("source"));
        Fixtures.folder(root, "submission", Map.of("02-echo", Fixtures.reference("02-echo")));
        Files.createDirectories(root.resolve("submission/02-echo/src/test/java"));
        Files.writeString(root.resolve("submission/02-echo/src/test/java/Cheat.java"), "class Cheat {}");
        ProcessBuilder run = new ProcessBuilder("bash", root.resolve("source/run_autograder").toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("run.log").toFile());
        run.environment().put("AUTOGRADER_ROOT", root.toString());
        run.environment().put("PATH", GraderClasspath.javaTool("java").getParent() + ":" + System.getenv("PATH"));
        Process process = run.start();
        try {
            assertThat(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as("run_autograder ended").isTrue();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        assertThat(process.exitValue()).as(Files.readString(root.resolve("run.log"))).isZero();
        assertThat(root.resolve("results/results.json")).content()
                .contains("\"score\" : 100", "\"max_score\" : 60", "\"status\" : \"passed\"", "\"execution_time\"");
        assertThat(root.resolve("source/setup.sh")).content().contains("openjdk-17-jdk-headless");
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as("%s stays in the package", entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy(entries, target);
            }
        }
    }
}
