package proclab.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Folders of files to copy, and the check that a copy is exact. */
final class SampleFiles {
    /** Sizes that catch the usual copying mistakes: empty, tiny, around buffer sizes, large. */
    private static final int[] SIZES = {0, 1, 100, 4095, 4096, 8193, 65_537, 300_000};

    private SampleFiles() {
    }

    /** Makes {@code folder} with {@code count} files of random bytes; returns their names, sorted. */
    static List<String> create(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(count);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format("page-%02d.bin", i);
            byte[] bytes = new byte[SIZES[i % SIZES.length]];
            random.nextBytes(bytes);
            Files.write(folder.resolve(name), bytes);
            names.add(name);
        }
        return names;
    }

    /** The names of the files in {@code folder}, sorted. */
    static List<String> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the copy of {@code name}, or null if it is exact. */
    static String problemWithCopy(Path from, Path to, String name) throws IOException {
        Path copy = to.resolve(name);
        if (!Files.exists(copy)) {
            return name + " was not copied";
        }
        long mismatch = Files.mismatch(from.resolve(name), copy);
        if (mismatch == -1) {
            return null;
        }
        return "the copy of " + name + " differs from the original from byte " + mismatch + " on (the original has "
                + Files.size(from.resolve(name)) + " bytes, the copy " + Files.size(copy) + ")";
    }
}
