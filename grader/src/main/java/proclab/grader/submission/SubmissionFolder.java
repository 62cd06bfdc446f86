package proclab.grader.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The folder an instructor grades: one entry per student, a folder or a {@code .zip}. */
public final class SubmissionFolder {
    private SubmissionFolder() {
    }

    /**
     * The submissions in {@code folder}, ordered by student id. Hidden entries are skipped; other
     * files that are not archives are listed in {@code skipped}.
     *
     * @throws IllegalArgumentException when the folder does not exist or two entries name one student
     */
    public static List<Path> list(Path folder, List<String> skipped) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The submissions folder " + folder.toAbsolutePath()
                    + " does not exist. Give a folder with one folder or .zip per student.");
        }
        List<Path> submissions = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry) || name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                    submissions.add(entry);
                } else {
                    skipped.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
        Map<String, Path> byStudent = new HashMap<>();
        for (Path submission : submissions) {
            Path other = byStudent.put(SubmissionReader.studentOf(submission), submission);
            if (other != null) {
                throw new IllegalArgumentException("Two submissions for " + SubmissionReader.studentOf(submission)
                        + ": " + other.getFileName() + " and " + submission.getFileName() + ". Keep one of them.");
            }
        }
        submissions.sort(Comparator.comparing(SubmissionReader::studentOf));
        return submissions;
    }
}
