package proclab.process;

import java.util.List;
import java.util.Optional;

import proclab.mp.Process;
import proclab.testkit.TimelineFile.Event;

/**
 * When a process ran, read from mp's timeline: from the {@code start} event its child JVM recorded
 * to the {@code exit} event its parent recorded. Times are {@link System#nanoTime()} values.
 */
record Run(String name, long start, long end) {

    /** The run of {@code process}, if the timeline holds both its start and its exit. */
    static Optional<Run> of(Process process, List<Event> timeline) {
        Long pid = process.pid();
        if (pid == null) {
            return Optional.empty();
        }
        Optional<Event> start = first(timeline, pid, "start");
        Optional<Event> exit = first(timeline, pid, "exit");
        if (start.isEmpty() || exit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Run(process.name(), start.get().nanos(), exit.get().nanos()));
    }

    /** The first event of {@code action} by the process {@code pid}. */
    static Optional<Event> first(List<Event> timeline, long pid, String action) {
        return timeline.stream().filter(e -> e.pid() == pid && e.action().equals(action)).findFirst();
    }

    boolean overlaps(Run other) {
        return start < other.end && other.start < end;
    }

    /** "worker-1 ran from 0 to 812 ms", counted from {@code origin}. */
    String describe(long origin) {
        return name + " ran from " + (start - origin) / 1_000_000 + " to " + (end - origin) / 1_000_000 + " ms";
    }
}
