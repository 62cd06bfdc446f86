package proclab.grader.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A lesson module of the course: a folder {@code NN-topic} with a reference solution (see
 * CONTRIBUTING.md for its shape).
 *
 * @param name the folder's name, such as {@code 03-lock}
 * @param dir  the folder
 */
public record Lesson(String name, Path dir) {
    /** The student's sources in a lesson folder, and the only files taken from a submission. */
    public static final String STUDENT_SOURCES = "src/main/java";

    public Path skeleton() {
        return dir.resolve(STUDENT_SOURCES);
    }

    public Path solution() {
        return dir.resolve("src/solution/java");
    }

    /** The given code: compiled with the student's, never taken from a submission. */
    public Path common() {
        return dir.resolve("src/common/java");
    }

    public Path tests() {
        return dir.resolve("src/test/java");
    }

    public Path testResources() {
        return dir.resolve("src/test/resources");
    }

    /** The typical wrong solutions, in slug order. */
    public List<WrongSolution> wrongSolutions() {
        return WrongSolution.all(dir.resolve("src/wrong"));
    }

    public boolean hasSolution() {
        return Files.isDirectory(solution());
    }

    /**
     * A hash of what grades this lesson: its README, given code, tests, test resources and pom.
     * A change to any of them makes earlier grades of the lesson out of date.
     */
    public String pristineHash() {
        java.security.MessageDigest digest = SourceTree.sha256();
        for (String part : List.of("README.md", "pom.xml", "src/common", "src/test", STUDENT_SOURCES)) {
            Path path = dir.resolve(part);
            digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (Files.isRegularFile(path)) {
                digest.update(readAll(path));
            } else {
                SourceTree.readAll(path).files().forEach((name, bytes) -> {
                    digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(bytes);
                });
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not read " + file, e);
        }
    }
}
