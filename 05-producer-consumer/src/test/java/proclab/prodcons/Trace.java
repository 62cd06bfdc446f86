package proclab.prodcons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import proclab.testkit.TimelineFile.Event;

/**
 * What the processes of one test did, read from mp's timeline, with the questions the tests ask
 * of it: who started and how each ended, which buns were made and eaten, and what lay on the
 * counter when.
 */
final class Trace {
    private final List<Event> events;
    private final long origin;

    Trace(List<Event> events) {
        this.events = List.copyOf(events);
        this.origin = events.isEmpty() ? 0 : events.get(0).nanos();
    }

    List<Event> actions(String action) {
        return events.stream().filter(e -> e.action().equals(action)).collect(Collectors.toList());
    }

    /** A moment as people read it: milliseconds since the first event. */
    String at(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", (nanos - origin) / 1e6);
    }

    String at(Event event) {
        return at(event.nanos());
    }

    /** The processes that began to run their code, in the order they began. */
    List<String> started() {
        return actions("start").stream().map(Event::process).distinct().collect(Collectors.toList());
    }

    /** The name each started process had, by pid. */
    Map<Long, String> namesByPid() {
        Map<Long, String> names = new LinkedHashMap<>();
        actions("start").forEach(e -> names.put(e.pid(), e.process()));
        return names;
    }

    /** How each process that ended did so: its name and exit code. */
    Map<String, Integer> exitCodes() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (Event exit : actions("exit")) {
            codes.put(exit.process(), Integer.parseInt(exit.detail().replace("code=", "").strip()));
        }
        return codes;
    }

    /** Every bun made, in the order they were made. */
    List<Event> made() {
        return actions("bun.made");
    }

    /** Every time a bun (or what an eater took for one) was eaten. */
    List<Event> eaten() {
        return actions("bun.eaten");
    }

    List<Event> eatenOf(String bun) {
        return eaten().stream().filter(e -> e.detail().equals(bun)).collect(Collectors.toList());
    }

    /** The queue's puts and gets, in time order. */
    List<Event> counterMoves() {
        return events.stream().filter(e -> e.action().equals("queue.put") || e.action().equals("queue.get"))
                .collect(Collectors.toList());
    }

    /** The item of a queue event: its detail is the queue's name, a space, and the item. */
    static String item(Event queueEvent) {
        String detail = queueEvent.detail();
        int space = detail.indexOf(' ');
        return space < 0 ? "" : detail.substring(space + 1);
    }

    List<Event> puts(String item) {
        return counterMoves().stream().filter(e -> e.action().equals("queue.put") && item(e).equals(item))
                .collect(Collectors.toList());
    }

    List<Event> takes(String item) {
        return counterMoves().stream().filter(e -> e.action().equals("queue.get") && item(e).equals(item))
                .collect(Collectors.toList());
    }

    /** The gets of {@link Buns#CLOSED}: who was sent home, and when. */
    List<Event> closedTakes() {
        return takes(Buns.CLOSED);
    }

    /** How many items lie on the counter after the last recorded move. */
    int counterLoad() {
        int load = 0;
        for (Event e : counterMoves()) {
            load += e.action().equals("queue.put") ? 1 : -1;
        }
        return load;
    }

    /** How many items lay on the counter right after a put: the put and the count. */
    record Load(Event put, int items) {
    }

    /** The load after each put, in time order. */
    List<Load> loads() {
        List<Load> loads = new ArrayList<>();
        int items = 0;
        for (Event e : counterMoves()) {
            boolean put = e.action().equals("queue.put");
            items += put ? 1 : -1;
            if (put) {
                loads.add(new Load(e, items));
            }
        }
        return loads;
    }

    /** Names joined for a sentence: "a", "a and b", "a, b and c". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The names prefix1, prefix2 ... prefixN: [cook-1, cook-2, cook-3] for ("cook-", 3). */
    static List<String> numbered(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
