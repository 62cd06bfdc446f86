package proclab.lock.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Consumer;

import proclab.lock.OneByOne;
import proclab.lock.TicketDatabase;
import proclab.lock.TicketOffice;
import proclab.mp.Delays;
import proclab.mp.Timeline;

/**
 * Your two safe ticket offices side by side: {@link TicketOffice#rush} (task 1, a lock) and
 * {@link OneByOne#rush} (task 4, join). For each buyer it draws when its process ran ({@code -})
 * and when it was buying ({@code #}), from mp's timeline. Run it when both tasks are done:
 * {@code ./mvnw -q -pl 03-lock compile exec:exec -Dexec.mainClass=proclab.lock.demo.LockOrJoinDemo}
 */
public final class LockOrJoinDemo {
    private static final int BUYERS = 6;
    private static final int TICKETS = 3;
    private static final int WIDTH = 60;

    private LockOrJoinDemo() {
    }

    /** One line of the timeline file, as far as this chart needs it. */
    private record Event(long nanos, String process, String action) {
    }

    /** When one buyer's process ran, and when it was buying. */
    private record Row(String buyer, long start, long end, long buyFrom, long buyTo) {
    }

    public static void main(String[] args) throws IOException {
        Delays.set("tickets.read", Duration.ofMillis(200));
        Delays.set("tickets.write", Duration.ofMillis(100));
        Path dir = Files.createTempDirectory("lock-or-join");
        show("With a lock: TicketOffice.rush", dir, db -> TicketOffice.rush(db, BUYERS));
        show("With join:   OneByOne.rush", dir, db -> OneByOne.rush(db, BUYERS));
        System.out.println("Both sold " + TICKETS + " tickets to " + BUYERS + " buyers, in turns. The lock makes only"
                + " the buying (#) take turns; join makes whole processes take turns.");
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static void show(String title, Path dir, Consumer<TicketDatabase> rush) throws IOException {
        Path timeline = dir.resolve(title.replaceAll("\\W+", "-") + ".tsv");
        TicketDatabase db = TicketDatabase.create(dir.resolve("tickets.json").toString(), TICKETS);
        Timeline.recordTo(timeline);
        rush.accept(db);
        Timeline.stop();

        List<Row> rows = rows(read(timeline));
        long from = rows.stream().mapToLong(Row::start).min().orElse(0);
        long to = rows.stream().mapToLong(Row::end).max().orElse(from + 1);
        System.out.printf(Locale.ROOT, "%s: %.1f s from the first start to the last end; at most %d of %d"
                + " buyers running at once%n", title, (to - from) / 1e9, mostAtOnce(rows), rows.size());
        for (Row row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < WIDTH; column++) {
                long t = from + (to - from) * column / WIDTH;
                long next = from + (to - from) * (column + 1) / WIDTH;
                boolean running = row.start() < next && t < row.end();
                boolean buying = row.buyFrom() < next && t < row.buyTo();
                line.append(buying ? '#' : running ? '-' : ' ');
            }
            System.out.printf("  %-9s |%s|%n", row.buyer(), line);
        }
        System.out.println();
    }

    private static List<Event> read(Path timeline) throws IOException {
        List<Event> events = new ArrayList<>();
        for (String line : Files.readAllLines(timeline, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length == 5) {
                events.add(new Event(Long.parseLong(f[0]), f[2], f[3]));
            }
        }
        events.sort(Comparator.comparingLong(Event::nanos));
        return events;
    }

    /**
     * A buyer runs from its start to its exit. It buys from its second read of the database (the
     * first one is the check) to its write, or to its next step when no ticket was left.
     */
    private static List<Row> rows(List<Event> events) {
        TreeMap<Integer, Row> rows = new TreeMap<>();
        for (String buyer : events.stream().map(Event::process).filter(p -> p.startsWith("buyer-")).distinct().toList()) {
            List<Event> own = events.stream().filter(e -> e.process().equals(buyer)).toList();
            long start = first(own, "start", 0);
            long end = first(own, "exit", own.get(own.size() - 1).nanos());
            List<Event> reads = own.stream().filter(e -> e.action().equals("tickets.read")).toList();
            long buyFrom = reads.size() > 1 ? reads.get(1).nanos() : end;
            long buyTo = own.stream().filter(e -> e.nanos() > buyFrom && !e.action().equals("tickets.read"))
                    .mapToLong(Event::nanos).findFirst().orElse(end);
            rows.put(Integer.parseInt(buyer.substring("buyer-".length())), new Row(buyer, start, end, buyFrom, buyTo));
        }
        return new ArrayList<>(rows.values());
    }

    private static long first(List<Event> events, String action, long otherwise) {
        return events.stream().filter(e -> e.action().equals(action)).mapToLong(Event::nanos).findFirst().orElse(otherwise);
    }

    private static int mostAtOnce(List<Row> rows) {
        int most = 0;
        for (Row row : rows) {
            long t = row.start();
            most = Math.max(most, (int) rows.stream().filter(r -> r.start() <= t && t < r.end()).count());
        }
        return most;
    }
}
