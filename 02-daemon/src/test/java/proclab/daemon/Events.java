package proclab.daemon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** What the processes of a program did, read back from the timeline that the running test records. */
final class Events {
    private final List<Event> all;

    private Events(List<Event> all) {
        this.all = all;
    }

    /** The events recorded so far. */
    static Events recorded() {
        return new Events(TimelineFile.current());
    }

    List<Event> named(String action) {
        return all.stream().filter(e -> e.action().equals(action)).collect(Collectors.toList());
    }

    Optional<Event> first(String action) {
        return all.stream().filter(e -> e.action().equals(action)).findFirst();
    }

    /** The events of this kind recorded after {@code nanos} ({@link System#nanoTime()} of this machine). */
    List<Event> after(String action, long nanos) {
        return all.stream().filter(e -> e.action().equals(action) && e.nanos() > nanos).collect(Collectors.toList());
    }

    /** The processes that recorded this kind of event, in the order they first did. */
    Set<Long> pids(String action) {
        return all.stream().filter(e -> e.action().equals(action)).map(Event::pid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A duration between two timestamps, for messages: "1.3 s". */
    static String seconds(long fromNanos, long toNanos) {
        return String.format(Locale.ROOT, "%.1f s", (toNanos - fromNanos) / 1e9);
    }
}
