package proclab.pool;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/**
 * What the processes of the running test did so far, read from mp's timeline, with the questions
 * this lesson's tests ask of it: which processes were launched, and what the given code noted.
 */
final class Trace {
    /** mp names a pool's workers SpawnPoolWorker-N, and a manager's process SyncManager-N. */
    static final String POOL_WORKER = "SpawnPoolWorker";
    static final String MANAGER = "SyncManager";

    private final List<Event> events;

    private Trace(List<Event> events) {
        this.events = events;
    }

    /** The timeline as it is now. */
    static Trace now() {
        return new Trace(TimelineFile.current());
    }

    List<Event> events() {
        return events;
    }

    /** The events of one action, in time order. */
    List<Event> actions(String action) {
        return events.stream().filter(e -> e.action().equals(action)).collect(Collectors.toList());
    }

    /** The processes launched (started by a parent), in time order. */
    List<Event> launches() {
        return actions("launch");
    }

    /** The launches of processes whose name starts with {@code prefix}. */
    List<Event> launches(String prefix) {
        return launches().stream().filter(e -> e.process().startsWith(prefix)).collect(Collectors.toList());
    }

    /** The launches of processes that are neither pool workers nor managers: the program's own. */
    List<Event> ownLaunches() {
        return launches().stream()
                .filter(e -> !e.process().startsWith(POOL_WORKER) && !e.process().startsWith(MANAGER))
                .collect(Collectors.toList());
    }

    /** The pids that noted {@code action}. */
    Set<Long> pidsOf(String action) {
        return actions(action).stream().map(Event::pid).collect(Collectors.toSet());
    }

    Optional<Event> first(String action, String detail) {
        return events.stream().filter(e -> e.action().equals(action) && e.detail().equals(detail)).findFirst();
    }

    /** A moment as people read it: milliseconds since the first event of the test. */
    String at(Event event) {
        long origin = events.isEmpty() ? event.nanos() : events.get(0).nanos();
        return String.format(Locale.ROOT, "%.0f ms", (event.nanos() - origin) / 1e6);
    }
}
