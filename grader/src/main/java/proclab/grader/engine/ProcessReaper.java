package proclab.grader.engine;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ends every process of a run, deepest first, and tries again while any is left: a process may
 * start another while it is being killed, and a process whose parent dies moves to another parent.
 */
final class ProcessReaper {
    private static final int ROUNDS = 8;

    private ProcessReaper() {
    }

    /**
     * Kills the processes {@code candidates} names (asked again each round), and their descendants.
     *
     * @return descriptions of the processes that are still alive after every round
     */
    static List<String> endAll(Supplier<Set<ProcessHandle>> candidates) {
        for (int round = 0; round < ROUNDS; round++) {
            Set<ProcessHandle> alive = withDescendants(candidates.get());
            if (alive.isEmpty()) {
                return List.of();
            }
            alive.stream().sorted(Comparator.comparingInt(ProcessReaper::depth).reversed())
                    .forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : alive) {
                try {
                    process.onExit().get(2, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // still there: the next round tries again
                }
            }
        }
        return withDescendants(candidates.get()).stream().map(ProcessReaper::describe).toList();
    }

    static Set<ProcessHandle> withDescendants(Set<ProcessHandle> roots) {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        for (ProcessHandle root : roots) {
            if (root.isAlive()) {
                all.add(root);
            }
            root.descendants().filter(ProcessHandle::isAlive).forEach(all::add);
        }
        return all;
    }

    /** pid and command line, for reports. */
    static String describe(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String command = info.commandLine().or(info::command).orElse("?");
        if (command.length() > 200) {
            command = command.substring(0, 197) + "...";
        }
        return "pid " + process.pid() + ": " + command;
    }

    private static int depth(ProcessHandle process) {
        int depth = 0;
        Optional<ProcessHandle> parent = process.parent();
        while (parent.isPresent() && depth < 64) {
            depth++;
            parent = parent.get().parent();
        }
        return depth;
    }
}
