package proclab.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import proclab.mp.Pool;

/** Task 5: counting the words of a folder of text files, a file per task. */
public final class WordCount {
    private WordCount() {
    }

    /** How often each word occurs in one file. Words are separated by spaces and line breaks. */
    public static Map<String, Integer> countFile(String file) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String word : Files.readString(Path.of(file)).split("\\s+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** How often each word occurs in the folder's .txt files, counted by a pool of {@code workers}. */
    public static Map<String, Integer> countFolder(Path folder, int workers) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(f -> f.toString().endsWith(".txt")).forEach(f -> files.add(f.toString()));
        }
        List<Map<String, Integer>> perFile;
        try (Pool pool = new Pool(workers)) {
            perFile = pool.map(WordCount::countFile, files);
        }
        Map<String, Integer> total = new TreeMap<>();
        for (Map<String, Integer> counts : perFile) {
            counts.forEach((word, n) -> total.merge(word, n, Integer::sum));
        }
        return total;
    }
}
