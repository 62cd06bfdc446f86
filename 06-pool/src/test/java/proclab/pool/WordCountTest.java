package proclab.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;

import proclab.testkit.Graded;

/** Task 5: a folder of text files, counted by a pool, must give the count of one process reading them all. */
class WordCountTest {
    private static final String[] WORDS = ("the a of and to in news river city bridge train library school"
            + " bread museum team cup rain week night street bike lane price paint sunday teacher reader mug"
            + " letter page headline office clerk stamp morning evening").split(" ");
    private static final int FILES = 12;

    @TempDir
    Path folder;

    @Graded(task = 5, points = 5, hint = "Split the file's text on whitespace (\\\\s+), skip empty strings, and add 1"
            + " per word with Map.merge.")
    void countsTheWordsOfOneFile() throws IOException {
        Path file = folder.resolve("one.txt");
        Files.writeString(file, "the cat  and the hat\n\nthe end\n");

        Map<String, Integer> counts = WordCount.countFile(file.toString());

        assertThat(counts).as("the words of \"the cat  and the hat\\n\\nthe end\\n\"")
                .isEqualTo(Map.of("the", 3, "cat", 1, "and", 1, "hat", 1, "end", 1));
    }

    @Graded(task = 5, points = 15, hint = "Give pool.map the list of file names as Strings (a Path cannot travel to"
            + " a worker), then add each file's counts to the total with merge(word, n, Integer::sum).")
    void aPoolCountsLikeOneProcess() throws IOException {
        Map<String, Integer> expected = writeArticles();

        Map<String, Integer> counts = WordCount.countFolder(folder, 3);

        Trace trace = Trace.now();
        assertThat(trace.launches(Trace.POOL_WORKER)).as("the pool workers countFolder started: a Pool of 3")
                .hasSize(3);
        for (Map.Entry<String, Integer> word : expected.entrySet()) {
            Integer got = counts.get(word.getKey());
            if (!word.getValue().equals(got)) {
                fail("\"" + word.getKey() + "\" occurs " + word.getValue() + " times in the " + FILES + " files, but"
                        + " countFolder counted " + got + ". Each file has its own counts: the total of a word is"
                        + " the sum over all files.");
            }
        }
        assertThat(counts).as("countFolder's counts, compared with a count by one process").isEqualTo(expected);
    }

    /**
     * Writes the articles, with words from a small list so that every word occurs in many files,
     * and a note that is not a .txt file; returns the count of the articles' words.
     */
    private Map<String, Integer> writeArticles() throws IOException {
        Random random = new Random(6);
        Map<String, Integer> counts = new TreeMap<>();
        for (int f = 1; f <= FILES; f++) {
            StringBuilder text = new StringBuilder();
            int words = 200 + random.nextInt(1500);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                counts.merge(word, 1, Integer::sum);
                text.append(word).append(random.nextInt(12) == 0 ? "\n" : random.nextInt(20) == 0 ? "  " : " ");
            }
            Files.writeString(folder.resolve(String.format("article-%02d.txt", f)), text);
        }
        Files.writeString(folder.resolve("notes.md"), "not an article: these words do not count\n");
        return counts;
    }
}
