package proclab.queue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** What the processes of one test did, read from mp's timeline, with the questions the tests ask of it. */
final class Trace {
    /** How mp names the test's own process on the timeline. */
    static final String MAIN = "MainProcess";

    private final List<Event> events;
    private final long origin;

    private Trace(List<Event> events) {
        this.events = List.copyOf(events);
        this.origin = events.isEmpty() ? 0 : events.get(0).nanos();
    }

    /** The timeline of the running test, as it is now. */
    static Trace now() {
        return new Trace(TimelineFile.current());
    }

    List<Event> actions(String action) {
        return events.stream().filter(e -> e.action().equals(action)).collect(Collectors.toList());
    }

    List<Event> actions(String process, String action) {
        return actions(action).stream().filter(e -> e.process().equals(process)).collect(Collectors.toList());
    }

    /** The exit code of the process with that name, if it has ended. */
    Optional<Integer> exitCode(String process) {
        return actions(process, "exit").stream().findFirst()
                .map(e -> Integer.parseInt(e.detail().replace("code=", "").strip()));
    }

    /** A moment as people read it: milliseconds since the first event. */
    String at(Event event) {
        return String.format(Locale.ROOT, "%.0f ms", (event.nanos() - origin) / 1e6);
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}
