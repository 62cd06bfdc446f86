package proclab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import proclab.mp.Timeline;

/**
 * The copy shop's machine: it copies one file, byte for byte, and notes in mp's timeline which
 * process made the copy. The tests read that note to see who did the work.
 *
 * <p>It takes paths as strings because a {@link Path} cannot travel to another process: it is
 * not {@link java.io.Serializable}.
 */
public final class CopyMachine {
    private CopyMachine() {
    }

    /** Copies the file {@code source} to {@code target}; an existing {@code target} is replaced. */
    public static void copy(String source, String target) throws IOException {
        Path from = Path.of(source);
        Files.copy(from, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
        Timeline.record("copy", from.getFileName().toString());
    }
}
