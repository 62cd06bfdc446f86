package proclab.grader.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import proclab.grader.course.Course;
import proclab.grader.engine.GraderClasspath;
import proclab.grader.engine.Limits;

/**
 * A Gradescope autograder: {@code setup.sh} (installs a JDK), {@code run_autograder} (grades
 * {@code /autograder/submission} with the grader and writes {@code /autograder/results/results.json}),
 * the grader's jars in {@code lib/} and the student copy of the course in {@code course/}, zipped
 * as {@code autograder.zip} for upload.
 */
public final class GradescopePackage {
    private GradescopePackage() {
    }

    /** Writes the package folder {@code out/autograder} and {@code out/autograder.zip}; returns the zip. */
    public static Path write(Course course, Path out, Limits limits) {
        Path dir = out.toAbsolutePath().resolve("autograder");
        try {
            if (Files.exists(dir)) {
                throw new IllegalArgumentException(dir + " already exists: give a new --out folder.");
            }
            Files.createDirectories(dir.resolve("lib"));
            copyClasspath(dir.resolve("lib"));
            StudentCopy.write(course, dir.resolve("course"));
            executable(dir.resolve("setup.sh"), SETUP);
            executable(dir.resolve("run_autograder"), RUN.replace("@LIMITS@", "--test-timeout "
                    + limits.testTime().toSeconds() + "s --lesson-timeout " + limits.lessonTime().toSeconds()
                    + "s --max-processes " + limits.maxProcesses()));
            Path zip = out.toAbsolutePath().resolve("autograder.zip");
            zip(dir, zip);
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the autograder to " + dir, e);
        }
    }

    static final String SETUP = """
            #!/usr/bin/env bash
            # Gradescope runs this once when it builds the autograder's image.
            set -eu
            apt-get update
            DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless
            """;

    static final String RUN = """
            #!/usr/bin/env bash
            # Gradescope runs this for each submission: it grades /autograder/submission with the course's
            # pristine tests and writes /autograder/results/results.json. AUTOGRADER_ROOT moves /autograder
            # (to try the package on any machine).
            set -u
            ROOT="${AUTOGRADER_ROOT:-/autograder}"
            SOURCE="$ROOT/source"
            WORK="$(mktemp -d)"
            trap 'rm -rf "$WORK"' EXIT
            mkdir -p "$WORK/submissions" "$ROOT/results"
            cp -R "$ROOT/submission" "$WORK/submissions/student"
            java -cp "$SOURCE/lib/*" proclab.grader.Main grade "$WORK/submissions" --course "$SOURCE/course" \\
                -o "$WORK/out" @LIMITS@
            code=$?
            if [ "$code" -ne 0 ] || [ ! -f "$WORK/out/gradescope/student/results.json" ]; then
              # Not a score: Gradescope shows the submission as failed to grade, to be regraded.
              echo "The grader failed (exit code $code): this is not the student's score." >&2
              exit 1
            fi
            cp "$WORK/out/gradescope/student/results.json" "$ROOT/results/results.json"
            """;

    /** Copies every classpath entry into {@code lib}, jarring the folders (classes of a build). */
    private static void copyClasspath(Path lib) throws IOException {
        Set<String> used = new HashSet<>();
        for (Path entry : GraderClasspath.entries()) {
            String name = Files.isDirectory(entry) ? folderJarName(entry) : entry.getFileName().toString();
            while (!used.add(name)) {
                name = "x-" + name;
            }
            if (Files.isDirectory(entry)) {
                zip(entry, lib.resolve(name));
            } else {
                Files.copy(entry, lib.resolve(name));
            }
        }
    }

    /** {@code mp/target/classes} becomes {@code mp-classes.jar}. */
    private static String folderJarName(Path folder) {
        Path module = folder.getParent() != null && folder.getParent().getFileName().toString().equals("target")
                ? folder.getParent().getParent() : folder.getParent();
        return (module == null ? "classes" : module.getFileName() + "-" + folder.getFileName()) + ".jar";
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here: Gradescope runs the scripts with bash all the same
        }
    }

    private static void zip(Path dir, Path zipFile) throws IOException {
        try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file);
                Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isRegularFile(path)) {
                    zip.putNextEntry(new ZipEntry(dir.relativize(path).toString().replace('\\', '/')));
                    Files.copy(path, zip);
                    zip.closeEntry();
                }
            }
        }
    }
}
