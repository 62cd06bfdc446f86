package proclab.lock;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import proclab.mp.Delays;
import proclab.mp.Timeline;

/**
 * A number kept in a text file: the last ticket number the office has handed out. Any process
 * can read and write it; nothing stops two of them from doing so at once.
 *
 * <p>Like the ticket database it is slow on purpose: it pauses at the point {@code counter.read}
 * after each read, and each read and write goes into mp's {@link Timeline} as
 * {@code counter.read value=N} and {@code counter.write value=N}.
 */
public final class CounterFile implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String file;

    private CounterFile(String file) {
        this.file = file;
    }

    /** Creates (or replaces) the counter file, starting at {@code value}. */
    public static CounterFile create(String file, int value) {
        CounterFile counter = new CounterFile(file);
        counter.store(value);
        return counter;
    }

    public int read() {
        int value = load();
        Timeline.record("counter.read", "value=" + value);
        Delays.at("counter.read");
        return value;
    }

    public void write(int value) {
        store(value);
        Timeline.record("counter.write", "value=" + value);
    }

    /** The value now, without a trace: for reports. */
    public int value() {
        return load();
    }

    private int load() {
        try {
            return Integer.parseInt(Files.readString(Path.of(file), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the counter " + file, e);
        }
    }

    /** Writes a new file and moves it in place: a reader sees the old value or the new one, never an empty file. */
    private void store(int value) {
        Path target = Path.of(file).toAbsolutePath();
        Path next = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".new");
        try {
            Files.writeString(next, value + "\n", StandardCharsets.UTF_8);
            Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the counter " + file, e);
        }
    }
}
