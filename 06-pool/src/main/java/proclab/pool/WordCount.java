package proclab.pool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Task 5: counting the words of a folder of text files, a file per task. */
public final class WordCount {
    private WordCount() {
    }

    /** How often each word occurs in one file. Words are separated by spaces and line breaks. */
    public static Map<String, Integer> countFile(String file) throws IOException {
        // TODO 5: read the file and count each word.
        throw new UnsupportedOperationException("TODO 5: count the words of one file");
    }

    /** How often each word occurs in the folder's .txt files, counted by a pool of {@code workers}. */
    public static Map<String, Integer> countFolder(Path folder, int workers) throws IOException {
        // TODO 5: list the folder's .txt files, count each file in a Pool of `workers` with
        // countFile, and add the counts of all files together.
        throw new UnsupportedOperationException("TODO 5: count the folder's words with a pool");
    }
}
