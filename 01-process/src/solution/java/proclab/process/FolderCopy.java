package proclab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<Process> clerks = new ArrayList<>();
        for (List<String> share : shares(files, workers)) {
            Process clerk = new CopyClerk("clerk-" + (clerks.size() + 1), from, to, share);
            clerk.start();
            clerks.add(clerk);
        }
        for (Process clerk : clerks) {
            clerk.join();
        }
        for (Process clerk : clerks) {
            if (clerk.exitCode() != 0) {
                throw new IOException(clerk.name() + " failed with exit code " + clerk.exitCode());
            }
        }
    }

    /** The names of the regular files in {@code folder}, sorted. */
    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Deals the files out like cards: share k gets files k, k + n, k + 2n... No share is empty. */
    private static List<List<String>> shares(List<String> files, int n) {
        List<List<String>> shares = new ArrayList<>();
        for (int k = 0; k < Math.min(n, files.size()); k++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < files.size(); i++) {
            shares.get(i % shares.size()).add(files.get(i));
        }
        return shares;
    }
}
