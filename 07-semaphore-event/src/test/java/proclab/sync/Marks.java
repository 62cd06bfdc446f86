package proclab.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** What the processes of one test did, read from mp's timeline, with the questions the tests ask of it. */
final class Marks {
    private final List<Event> events;
    private final long origin;

    private Marks(List<Event> events) {
        this.events = List.copyOf(events);
        this.origin = events.isEmpty() ? 0 : events.get(0).nanos();
    }

    /** The timeline of the running test, as it is now. */
    static Marks now() {
        return new Marks(TimelineFile.current());
    }

    /** Every event of {@code action}, in time order. */
    List<Event> of(String action) {
        return events.stream().filter(e -> e.action().equals(action)).collect(Collectors.toList());
    }

    /** Every event of {@code action} whose detail is {@code detail}. */
    List<Event> of(String action, String detail) {
        return events.stream().filter(e -> e.action().equals(action) && e.detail().equals(detail))
                .collect(Collectors.toList());
    }

    /** The details of the events of {@code action}, each once, in time order: who did it. */
    Set<String> who(String action) {
        return of(action).stream().map(Event::detail).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The last event of one of {@code actions} before {@code moment}. */
    Optional<Event> lastBefore(long moment, String... actions) {
        Event last = null;
        for (Event e : events) {
            if (e.nanos() > moment) {
                break;
            }
            if (List.of(actions).contains(e.action())) {
                last = e;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The first event of one of {@code actions} after {@code moment}. */
    Optional<Event> firstAfter(long moment, String... actions) {
        return events.stream().filter(e -> e.nanos() > moment && List.of(actions).contains(e.action())).findFirst();
    }

    /** A moment as people read it: milliseconds since the first event. */
    String at(Event event) {
        return String.format(Locale.ROOT, "%.0f ms", (event.nanos() - origin) / 1e6);
    }

    /** The moment with the most people inside, between {@code in} and {@code out} marks that name them. */
    record Crowd(List<String> inside, Event from) {
        int size() {
            return inside.size();
        }
    }

    /** The largest crowd that was ever inside at once, and the moment it formed. */
    Crowd biggestCrowd(String in, String out) {
        List<String> inside = new ArrayList<>();
        Crowd biggest = new Crowd(List.of(), null);
        for (Event e : events) {
            if (e.action().equals(in)) {
                inside.add(e.detail());
                if (inside.size() > biggest.size()) {
                    biggest = new Crowd(List.copyOf(inside), e);
                }
            } else if (e.action().equals(out)) {
                inside.remove(e.detail());
            }
        }
        return biggest;
    }

    /** Names joined for a sentence: "a", "a and b", "a, b and c". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
