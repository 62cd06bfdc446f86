package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import proclab.grader.submission.Submission;
import proclab.grader.submission.SubmissionFolder;
import proclab.grader.submission.SubmissionReader;

class SubmissionReaderTest {
    private final SubmissionReader reader = new SubmissionReader(Set.of("01-tally", "02-echo"));

    @TempDir
    Path dir;

    @Test
    void aCloneGivesOnlyTheJavaFilesUnderEachLessonsSrcMainJava() throws IOException {
        Path clone = dir.resolve("alice");
        write(clone.resolve("01-tally/src/main/java/proclab/tally/Tally.java"), "class Tally {}");
        write(clone.resolve("01-tally/src/main/java/proclab/tally/notes.txt"), "not Java");
        write(clone.resolve("01-tally/src/test/java/proclab/tally/TallyTest.java"), "class TallyTest {}");
        write(clone.resolve("01-tally/src/common/java/proclab/tally/Given.java"), "class Given {}");
        write(clone.resolve("01-tally/pom.xml"), "<project/>");
        write(clone.resolve("testkit/src/main/java/proclab/testkit/Graded.java"), "edited");
        write(clone.resolve("01-tally/target/classes/x/Y.java"), "build output");
        write(clone.resolve(".git/01-tally/src/main/java/Z.java"), "git's");

        Submission submission = reader.read(clone);

        assertThat(submission.student()).isEqualTo("alice");
        assertThat(submission.lessons().keySet()).containsExactly("01-tally");
        assertThat(submission.lesson("01-tally").orElseThrow().files().keySet()).containsExactly("proclab/tally/Tally.java");
    }

    @Test
    void aZipWrappedInAFolderIsReadAtItsShallowestLesson() throws IOException {
        Path zip = Fixtures.zip(dir.resolve("bob.zip"), Map.of(
                "proclab-main/02-echo/src/main/java/proclab/echo/Echo.java", "class Echo {}",
                "proclab-main/old/02-echo/src/main/java/proclab/echo/Old.java", "deeper copy"));

        Submission submission = reader.read(zip);

        assertThat(submission.student()).isEqualTo("bob");
        assertThat(submission.readable()).isTrue();
        assertThat(submission.lesson("02-echo").orElseThrow().files().keySet()).containsExactly("proclab/echo/Echo.java");
    }

    @Test
    void anEntryThatLeavesTheArchiveRefusesAllOfIt() {
        for (String evil : List.of("../x.java", "02-echo/src/main/java/../../../../x.java", "/etc/x.java", "C:/x.java")) {
            Path zip = Fixtures.zip(dir.resolve("slip.zip"), Map.of("02-echo/src/main/java/A.java", "class A {}",
                    evil, "class X {}"));
            Submission submission = reader.read(zip);
            assertThat(submission.readable()).as(evil).isFalse();
            assertThat(submission.problem()).contains("leaves it").contains(evil);
            assertThat(submission.lessons()).isEmpty();
        }
    }

    @Test
    void aBrokenArchiveIsRefusedWithAMessage() throws IOException {
        Path zip = dir.resolve("carol.zip");
        Files.write(zip, "PK this is not a zip".getBytes(StandardCharsets.US_ASCII));
        Submission submission = reader.read(zip);
        assertThat(submission.readable()).isFalse();
        assertThat(submission.problem()).contains("carol.zip could not be read").contains("submit it again");
    }

    @Test
    void aSourceFileTooLargeIsRefused() {
        Path zip = Fixtures.zip(dir.resolve("huge.zip"), Map.of("01-tally/src/main/java/Big.java", "x".repeat(3 << 20)));
        Submission submission = reader.read(zip);
        assertThat(submission.problem()).contains("Big.java").contains("at most");
    }

    @Test
    void symbolicLinksAreNotFollowed() throws IOException {
        Path secret = write(dir.resolve("secret/Secret.java"), "class Secret {}");
        Path clone = dir.resolve("dave");
        write(clone.resolve("01-tally/src/main/java/A.java"), "class A {}");
        Files.createSymbolicLink(clone.resolve("01-tally/src/main/java/Secret.java"), secret);
        Files.createSymbolicLink(clone.resolve("01-tally/src/main/java/linked"), secret.getParent());

        assertThat(reader.read(clone).lesson("01-tally").orElseThrow().files().keySet()).containsExactly("A.java");
    }

    @Test
    void theSameContentHasTheSameHashAndAnyChangeChangesIt() throws IOException {
        Path one = write(dir.resolve("one/01-tally/src/main/java/A.java"), "class A {}").getParent().getParent()
                .getParent().getParent().getParent();
        Path two = write(dir.resolve("two/01-tally/src/main/java/A.java"), "class A {}").getParent().getParent()
                .getParent().getParent().getParent();
        assertThat(reader.read(one).contentHash()).isEqualTo(reader.read(two).contentHash());
        write(two.resolve("01-tally/src/main/java/A.java"), "class A { }");
        assertThat(reader.read(one).contentHash()).isNotEqualTo(reader.read(two).contentHash());
    }

    @Test
    void theFolderListsSubmissionsByStudentAndRefusesTwoForOne() throws IOException {
        Files.createDirectories(dir.resolve("zed"));
        Files.createDirectories(dir.resolve("amy"));
        Files.createDirectories(dir.resolve(".hidden"));
        Fixtures.zip(dir.resolve("bea.zip"), Map.of("x", "y"));
        Files.writeString(dir.resolve("readme.txt"), "not one");
        List<String> skipped = new ArrayList<>();

        assertThat(SubmissionFolder.list(dir, skipped)).extracting(p -> p.getFileName().toString())
                .containsExactly("amy", "bea.zip", "zed");
        assertThat(skipped).containsExactly("readme.txt");

        Files.createDirectories(dir.resolve("bea"));
        assertThatThrownBy(() -> SubmissionFolder.list(dir, new ArrayList<>()))
                .hasMessageContaining("Two submissions for bea");
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
