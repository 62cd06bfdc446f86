package proclab.lock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import proclab.testkit.TimelineFile.Event;

/**
 * What the processes of one test did, read from mp's timeline, with the questions the tests ask
 * of it: who started and how each ended, who held the lock when, and which tickets were sold.
 */
final class Trace {
    private final List<Event> events;
    private final long origin;

    Trace(List<Event> events) {
        this.events = List.copyOf(events);
        this.origin = events.isEmpty() ? 0 : events.get(0).nanos();
    }

    List<Event> events() {
        return events;
    }

    List<Event> actions(String action) {
        return events.stream().filter(e -> e.action().equals(action)).collect(Collectors.toList());
    }

    List<Event> actions(String process, String action) {
        return events.stream().filter(e -> e.process().equals(process) && e.action().equals(action))
                .collect(Collectors.toList());
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

    /** How each process that ended did so: its name and exit code. */
    Map<String, Integer> exitCodes() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (Event exit : actions("exit")) {
            codes.put(exit.process(), Integer.parseInt(exit.detail().replace("code=", "").strip()));
        }
        return codes;
    }

    /** A time when a process held a lock; {@code to} is {@link Long#MAX_VALUE} if it never let go. */
    record Hold(String process, long from, long to) {
        boolean covers(long nanos) {
            return from <= nanos && nanos <= to;
        }

        boolean overlaps(Hold other) {
            return from < other.to && other.from < to;
        }
    }

    /** Every time a process held a lock, in the order they began. */
    List<Hold> holds() {
        List<Hold> holds = new ArrayList<>();
        Map<String, Long> open = new HashMap<>();
        for (Event e : events) {
            if (e.action().equals("lock.acquire")) {
                open.putIfAbsent(e.process(), e.nanos());
            } else if (e.action().equals("lock.release") && open.containsKey(e.process())) {
                holds.add(new Hold(e.process(), open.remove(e.process()), e.nanos()));
            }
        }
        open.forEach((process, from) -> holds.add(new Hold(process, from, Long.MAX_VALUE)));
        holds.sort((a, b) -> Long.compare(a.from(), b.from()));
        return holds;
    }

    List<Hold> holdsOf(String process) {
        return holds().stream().filter(h -> h.process().equals(process)).collect(Collectors.toList());
    }

    /** True if {@code process} held a lock at the moment of {@code event}. */
    boolean heldLockAt(String process, Event event) {
        return holdsOf(process).stream().anyMatch(h -> h.covers(event.nanos()));
    }

    /**
     * One write of the ticket database: what the buyer had read last, what it wrote. A sale when
     * it wrote less than it read.
     */
    record Write(String buyer, int read, long readAt, int wrote, Event event) {
        boolean isSale() {
            return wrote < read;
        }
    }

    /** Every write of the ticket database, in time order. */
    List<Write> ticketWrites() {
        List<Write> writes = new ArrayList<>();
        Map<String, Event> lastRead = new HashMap<>();
        for (Event e : events) {
            if (e.action().equals("tickets.read")) {
                lastRead.put(e.process(), e);
            } else if (e.action().equals("tickets.write")) {
                Event read = lastRead.get(e.process());
                writes.add(read == null
                        ? new Write(e.process(), Integer.MAX_VALUE, e.nanos(), count(e), e)
                        : new Write(e.process(), count(read), read.nanos(), count(e), e));
            }
        }
        return writes;
    }

    List<Write> sales() {
        return ticketWrites().stream().filter(Write::isSale).collect(Collectors.toList());
    }

    /**
     * Two sales that started from the same count, so that one of them was lost; if possible, two
     * whose buyers both read before either wrote.
     */
    Optional<String> lostSale() {
        List<Write> sales = sales();
        String fallback = null;
        for (int i = 0; i < sales.size(); i++) {
            for (int j = i + 1; j < sales.size(); j++) {
                Write a = sales.get(i);
                Write b = sales.get(j);
                if (a.read() != b.read() || a.buyer().equals(b.buyer())) {
                    continue;
                }
                String pair = a.buyer() + " and " + b.buyer() + " both read count=" + a.read();
                if (Math.max(a.readAt(), b.readAt()) < Math.min(a.event().nanos(), b.event().nanos())) {
                    return Optional.of(pair + " before either wrote (reads at " + at(a.readAt()) + " and "
                            + at(b.readAt()) + ", writes at " + at(a.event()) + " and " + at(b.event())
                            + "), so both wrote count=" + a.wrote());
                }
                if (fallback == null) {
                    fallback = pair + " and both wrote count=" + a.wrote() + ", so one sale overwrote the other";
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static int count(Event e) {
        return Integer.parseInt(e.detail().replace("count=", "").strip());
    }

    /** Names joined for a sentence: "a", "a and b", "a, b and c". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
