package proclab.grader.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Linux control group for one lesson run: the kernel counts and caps the run's tasks (processes
 * and threads: {@code pids.max}) and its memory, and lists every process in it, also those whose
 * parent died. Cgroups v1 ({@code /sys/fs/cgroup/pids}, {@code /sys/fs/cgroup/memory}) and v2
 * ({@code /sys/fs/cgroup}) are both understood; a new group is made below the grader's own, so
 * it stays inside whatever limits the grader itself runs under.
 */
final class Cgroup {
    private static final Pattern COUNTER = Pattern.compile("(?m)^(max|oom_kill)\\s+(\\d+)$");

    /** Where this kind of machine keeps one controller's groups. */
    record Hierarchy(String controller, Path base, boolean v2) {
        Path limitFile(Path group) {
            return switch (controller) {
                case "pids" -> group.resolve("pids.max");
                default -> group.resolve(v2 ? "memory.max" : "memory.limit_in_bytes");
            };
        }

        Path eventsFile(Path group) {
            return switch (controller) {
                case "pids" -> group.resolve("pids.events");
                default -> group.resolve(v2 ? "memory.events" : "memory.oom_control");
            };
        }
    }

    private final List<Path> groups;
    private final Hierarchy pids;
    private final Hierarchy memory;

    private Cgroup(List<Path> groups, Hierarchy pids, Hierarchy memory) {
        this.groups = groups;
        this.pids = pids;
        this.memory = memory;
    }

    /** A new group named {@code name} in each hierarchy, with its limits set. */
    static Cgroup create(String name, Hierarchy pids, long maxTasks, Hierarchy memory, long maxBytes) throws IOException {
        List<Path> made = new ArrayList<>();
        try {
            if (pids != null) {
                Path group = Files.createDirectory(pids.base().resolve(name));
                made.add(group);
                Files.writeString(pids.limitFile(group), Long.toString(maxTasks));
            }
            if (memory != null) {
                Path group = Files.createDirectory(memory.base().resolve(name));
                made.add(group);
                Files.writeString(memory.limitFile(group), Long.toString(maxBytes));
            }
        } catch (IOException e) {
            new Cgroup(made, pids, memory).remove();
            throw e;
        }
        return new Cgroup(made, pids, memory);
    }

    /** The files a process writes its pid to, to join every group of this run. */
    List<Path> procsFiles() {
        return groups.stream().map(g -> g.resolve("cgroup.procs")).toList();
    }

    /** Every process in the run, by pid. */
    Set<Long> members() {
        Set<Long> pidsFound = new LinkedHashSet<>();
        for (Path procs : procsFiles()) {
            try {
                for (String line : Files.readAllLines(procs, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        pidsFound.add(Long.parseLong(line.strip()));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the group is gone or being emptied: what was read so far is all there is
            }
        }
        return pidsFound;
    }

    /** True when a fork or thread was refused because the run had its most tasks. */
    boolean taskLimitReached() {
        return pids != null && counter(pids.eventsFile(groups.get(0)), "max") > 0;
    }

    /** True when the kernel killed a process of the run for lack of memory. */
    boolean memoryLimitReached() {
        return memory != null && counter(memory.eventsFile(groups.get(groups.size() - 1)), "oom_kill") > 0;
    }

    private static long counter(Path file, String name) {
        try {
            Matcher m = COUNTER.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return Long.parseLong(m.group(2));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no such counter on this kernel
        }
        return 0;
    }

    /** Kills every process left in {@code group} (by a grader that was killed) and removes it. */
    static void sweep(Path group) {
        Cgroup stale = new Cgroup(List.of(group), null, null);
        ProcessReaper.endAll(() -> {
            Set<ProcessHandle> handles = new LinkedHashSet<>();
            stale.members().forEach(pid -> ProcessHandle.of(pid).ifPresent(handles::add));
            return handles;
        });
        stale.remove();
    }

    /** Removes the groups; they must be empty. True when all are gone. */
    boolean remove() {
        boolean all = true;
        for (Path group : groups) {
            try {
                Files.deleteIfExists(group);
            } catch (IOException e) {
                all = false;
            }
        }
        return all;
    }
}
