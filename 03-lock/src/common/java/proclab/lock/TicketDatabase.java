package proclab.lock;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import proclab.mp.Delays;
import proclab.mp.Timeline;

/**
 * The ticket office's database: a JSON file that holds how many tickets are left, such as
 * {@code {"count": 3}}. Every process that has this object (it travels to child processes) reads
 * and writes the same file.
 *
 * <p>The database is slow, like one at the other end of a network. The pauses have names, so
 * that a test or a demo can make them longer: {@code tickets.read} after each {@link #read()},
 * {@code tickets.write} before each {@link #write}. Each read and write also goes into mp's
 * {@link Timeline} as {@code tickets.read count=N} and {@code tickets.write count=N}.
 *
 * <p>A database may open its sale only when a number of buyers are waiting (see
 * {@link #opensWhenWaiting}): their first reads then all happen at the same moment.
 */
public final class TicketDatabase implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();
    private static final String COUNT = "count";

    private final String file;
    private final StartGate sale;

    private TicketDatabase(String file, StartGate sale) {
        this.file = file;
        this.sale = sale;
    }

    /** Creates (or replaces) the database file with {@code tickets} tickets; the sale is open. */
    public static TicketDatabase create(String file, int tickets) {
        TicketDatabase db = new TicketDatabase(file, null);
        db.store(tickets);
        return db;
    }

    /**
     * The same database, whose sale opens when {@code buyers} reads are waiting: no read returns
     * before that. Like a sale that opens at 10:00 sharp, with every buyer already at the window.
     */
    public TicketDatabase opensWhenWaiting(int buyers) {
        return new TicketDatabase(file, new StartGate(buyers));
    }

    /** How many tickets are left, asked over the slow network. */
    public int read() {
        if (sale != null && !sale.isOpen()) {
            // A first read loads the JSON parser, which takes a new JVM a moment: do it before
            // the gate, so that after it the buyers' reads really come at the same moment.
            load();
            sale.arrive();
        }
        int count = load();
        Timeline.record("tickets.read", "count=" + count);
        Delays.at("tickets.read");
        return count;
    }

    /** Stores a new number of tickets left, over the slow network. */
    public void write(int count) {
        Delays.at("tickets.write");
        store(count);
        Timeline.record("tickets.write", "count=" + count);
    }

    /** How many tickets are left, at once and without a trace: for reports after the sale. */
    public int ticketsLeft() {
        return load();
    }

    public String file() {
        return file;
    }

    private int load() {
        try (JsonParser json = JSON.createParser(Path.of(file).toFile())) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.FIELD_NAME && COUNT.equals(json.currentName())) {
                    json.nextToken();
                    return json.getIntValue();
                }
            }
            throw new IOException("the file has no \"" + COUNT + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the ticket database " + file, e);
        }
    }

    /** Writes a new file and moves it in place: a reader sees the old count or the new one, never half a file. */
    private void store(int count) {
        Path target = Path.of(file).toAbsolutePath();
        Path next = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".new");
        try {
            try (JsonGenerator json = JSON.createGenerator(next.toFile(), JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeNumberField(COUNT, count);
                json.writeEndObject();
            }
            Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ticket database " + file, e);
        }
    }

    @Override
    public String toString() {
        return "<TicketDatabase " + file + ">";
    }
}
