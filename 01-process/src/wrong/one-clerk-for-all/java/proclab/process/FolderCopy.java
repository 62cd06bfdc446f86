package proclab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import proclab.mp.Process;

/** Copies a folder of files with several clerks, each with its own share of the files. */
public final class FolderCopy {
    private FolderCopy() {
    }

    /**
     * Copies every file of the folder {@code from} into the folder {@code to} (made if missing)
     * with {@code workers} processes, and returns when all the copies are done.
     */
    public static void copy(Path from, Path to, int workers) throws IOException {
        if (workers < 1) {
            throw new IllegalArgumentException("copy needs at least one worker, not " + workers);
        }
        Files.createDirectories(to);
        List<String> files = fileNames(from);
        Process clerk = new CopyClerk("clerk-1", from, to, files);
        clerk.start();
        clerk.join();
        if (clerk.exitCode() != 0) {
            throw new IOException(clerk.name() + " failed with exit code " + clerk.exitCode());
        }
    }

    /** The names of the regular files in {@code folder}, sorted. */
    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
