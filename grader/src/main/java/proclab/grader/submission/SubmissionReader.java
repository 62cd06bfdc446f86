package proclab.grader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import proclab.grader.course.SourceTree;

/**
 * Reads a submission: a folder (a full clone, or only the lessons' {@code src/main/java} trees) or
 * a {@code .zip} of one. Only {@code .java} files under {@code NN-topic/src/main/java/} are taken,
 * at the shallowest place each lesson appears (an archive may wrap the checkout in a folder).
 * An archive with a path that leaves it, too many or too large files, or that cannot be read, is
 * refused as a whole with a message; symbolic links are never followed.
 */
public final class SubmissionReader {
    static final int MAX_FILES = 5_000;
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    private static final String SOURCES = "src/main/java/";

    private final Set<String> lessonNames;

    public SubmissionReader(Set<String> lessonNames) {
        this.lessonNames = Set.copyOf(lessonNames);
    }

    /** The student's id of a submission folder or archive: its name, without {@code .zip}. */
    public static String studentOf(Path submission) {
        String name = submission.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }

    public Submission read(Path origin) {
        String student = studentOf(origin);
        try {
            Map<String, byte[]> files = Files.isDirectory(origin, LinkOption.NOFOLLOW_LINKS) ? readFolder(origin)
                    : readZip(origin);
            return new Submission(student, origin, "", byLesson(files));
        } catch (Refused e) {
            return Submission.unreadable(student, origin, e.getMessage());
        }
    }

    /** Why a submission is refused as a whole. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private Map<String, byte[]> readFolder(Path root) throws Refused {
        Map<String, byte[]> files = new HashMap<>();
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && (name.equals(".git") || name.equals("target"))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (attributes.isRegularFile() && taken(relative)) {
                        if (attributes.size() > MAX_FILE_BYTES) {
                            throw new IOException(new Refused(relative + " is " + attributes.size() / 1024
                                    + " KB: a source file may have at most " + MAX_FILE_BYTES / 1024 + " KB"));
                        }
                        total[0] += attributes.size();
                        files.put(relative, Files.readAllBytes(file));
                        try {
                            checkTotals(files.size(), total[0]);
                        } catch (Refused refused) {
                            throw new IOException(refused);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            if (e.getCause() instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("The folder could not be read: " + e.getMessage());
        }
        return files;
    }

    private Map<String, byte[]> readZip(Path archive) throws Refused {
        if (!archive.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new Refused(archive.getFileName() + " is neither a folder nor a .zip archive.");
        }
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                if (leaves(name)) {
                    throw new Refused("The archive holds an entry whose path leaves it ('" + entry.getName()
                            + "'), so nothing in it was unpacked. Submit a plain zip of your checkout.");
                }
                if (entry.isDirectory() || !taken(name)) {
                    continue;
                }
                byte[] content = readBounded(zip.getInputStream(entry), name);
                total += content.length;
                files.put(name, content);
                checkTotals(files.size(), total);
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("The archive " + archive.getFileName() + " could not be read (" + e.getMessage()
                    + "). Make a new zip of your checkout and submit it again.");
        }
        return files;
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException, Refused {
        try (in) {
            byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (content.length > MAX_FILE_BYTES) {
                throw new Refused(name + " unpacks to more than " + MAX_FILE_BYTES / 1024
                        + " KB: a source file may have at most that.");
            }
            return content;
        }
    }

    private static void checkTotals(int count, long bytes) throws Refused {
        if (count > MAX_FILES) {
            throw new Refused("The submission has more than " + MAX_FILES + " source files.");
        }
        if (bytes > MAX_TOTAL_BYTES) {
            throw new Refused("The submission's sources add up to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB.");
        }
    }

    /** A path that is absolute, names a drive, or climbs out with {@code ..}. */
    static boolean leaves(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private boolean taken(String relative) {
        return relative.endsWith(".java") && relative.contains(SOURCES) && place(relative) != null;
    }

    /** Where a file sits: its lesson, the depth of the lesson folder, the path under src/main/java. */
    private record Place(String lesson, int depth, String path) {
    }

    private Place place(String relative) {
        String[] parts = relative.split("/");
        for (int i = 0; i + 4 < parts.length; i++) {
            if (lessonNames.contains(parts[i]) && parts[i + 1].equals("src") && parts[i + 2].equals("main")
                    && parts[i + 3].equals("java")) {
                return new Place(parts[i], i, String.join("/", java.util.Arrays.asList(parts).subList(i + 4, parts.length)));
            }
        }
        return null;
    }

    private TreeMap<String, SourceTree> byLesson(Map<String, byte[]> files) {
        Map<String, Integer> shallowest = new HashMap<>();
        List<Map.Entry<Place, byte[]>> placed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Place place = place(file.getKey());
            placed.add(Map.entry(place, file.getValue()));
            shallowest.merge(place.lesson(), place.depth(), Math::min);
        }
        Map<String, Map<String, byte[]>> lessons = new TreeMap<>();
        for (Map.Entry<Place, byte[]> file : placed) {
            Place place = file.getKey();
            if (place.depth() == shallowest.get(place.lesson())) {
                lessons.computeIfAbsent(place.lesson(), l -> new TreeMap<>()).put(place.path(), file.getValue());
            }
        }
        TreeMap<String, SourceTree> trees = new TreeMap<>();
        lessons.forEach((lesson, sources) -> trees.put(lesson, new SourceTree(sources)));
        return trees;
    }
}
