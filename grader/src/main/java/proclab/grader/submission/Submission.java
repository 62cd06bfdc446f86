package proclab.grader.submission;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import proclab.grader.course.SourceTree;

/**
 * What was taken from one student's submission: for each lesson it has, the files under that
 * lesson's {@code src/main/java}; nothing else.
 *
 * @param student the student's id: the folder's or archive's name
 * @param origin  the folder or archive
 * @param problem why it could not be read at all (a broken archive...), or empty
 * @param lessons lesson name to its sources
 */
public record Submission(String student, Path origin, String problem, SortedMap<String, SourceTree> lessons) {
    public Submission {
        problem = problem == null ? "" : problem;
        lessons = new TreeMap<>(lessons);
    }

    static Submission unreadable(String student, Path origin, String problem) {
        return new Submission(student, origin, problem, new TreeMap<>());
    }

    public boolean readable() {
        return problem.isEmpty();
    }

    public Optional<SourceTree> lesson(String name) {
        return Optional.ofNullable(lessons.get(name));
    }

    /** A hash of everything taken: a submission with the same hash needs no regrading. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(problem.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Map.Entry<String, SourceTree> lesson : lessons.entrySet()) {
                digest.update((lesson.getKey() + "=" + lesson.getValue().hash() + ";")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
