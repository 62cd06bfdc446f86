package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import proclab.grader.gradebook.Gradebook;
import proclab.grader.model.StudentResult;

/** A class graded in two shards and merged has the grades of the class graded at once. */
class ShardMergeTest {
    @Test
    void twoShardsMergedEqualTheWholeClass() throws Exception {
        Path submissions = Fixtures.freshDir("shards/submissions");
        // Submissions that need no test JVM: the point here is where their grades go.
        for (String student : List.of("a", "b", "c")) {
            Files.write(submissions.resolve(student + ".zip"), ("broken " + student).getBytes(StandardCharsets.US_ASCII));
        }
        Files.createDirectories(submissions.resolve("d"));
        Files.createDirectories(submissions.resolve("e"));
        Fixtures.folder(submissions, "f", Map.of("01-tally", Fixtures.tally("not Java", null)));
        Path shards = Fixtures.freshDir("shards/out");
        for (String shard : List.of("1/2", "2/2")) {
            assertThat(grade(submissions, shards.resolve("shard-" + shard.charAt(0)), "--shard", shard)).isZero();
        }
        assertThat(grade(submissions, shards.resolve("whole"))).isZero();
        Console merge = Console.run("merge", shards.resolve("shard-1/gradebook.db").toString(),
                shards.resolve("shard-2/gradebook.db").toString(), "-o", shards.resolve("merged").toString());
        assertThat(merge.exitCode()).as(merge.err()).isZero();

        assertThat(summary(shards.resolve("shard-1"))).hasSize(3);
        assertThat(summary(shards.resolve("shard-2"))).hasSize(3);
        assertThat(summary(shards.resolve("merged"))).isEqualTo(summary(shards.resolve("whole")));
        assertThat(Files.readString(shards.resolve("merged/grades.csv")))
                .isEqualTo(Files.readString(shards.resolve("whole/grades.csv")));
    }

    private static int grade(Path submissions, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("grade", submissions.toString(), "-o", out.toString(),
                "--course", Fixtures.course().root().toString(), "--lessons", "01-tally"));
        args.addAll(List.of(more));
        return Console.run(args.toArray(String[]::new)).exitCode();
    }

    /** Each student's lessons, statuses, problems and verdicts. */
    private static List<String> summary(Path out) {
        try (Gradebook gradebook = Gradebook.open(out.resolve("gradebook.db"))) {
            List<String> lines = new ArrayList<>();
            for (StudentResult student : gradebook.results()) {
                student.lessons().forEach(l -> lines.add(student.student() + " " + l.lesson() + " " + l.status() + " "
                        + l.earned() + " " + l.problem() + " " + l.tests().stream().map(t -> t.verdict().name()).toList()));
            }
            return lines;
        }
    }
}
