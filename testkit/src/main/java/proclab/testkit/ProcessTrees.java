package proclab.testkit;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Liveness and cleanup of processes, with only the JDK's portable {@link ProcessHandle}. */
public final class ProcessTrees {
    private ProcessTrees() {
    }

    /** True while a process with this pid runs (a zombie awaiting its parent counts as ended). */
    public static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The living descendants of {@code root}, deepest first. */
    public static List<ProcessHandle> descendantsOf(ProcessHandle root) {
        return root.descendants()
                .filter(ProcessHandle::isAlive)
                .sorted(Comparator.comparingInt(ProcessTrees::depthBelowInit).reversed())
                .collect(Collectors.toList());
    }

    /** Kills {@code root}'s descendants, deepest first, then {@code root}; waits for them to end. */
    public static void killTree(ProcessHandle root, Duration patience) {
        List<ProcessHandle> all = descendantsOf(root);
        all.add(root);
        for (ProcessHandle process : all) {
            process.destroyForcibly();
        }
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // still alive after patience: the caller reports what is left
            }
        }
    }

    /** A short description for messages: pid and command line. */
    public static String describe(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String command = info.commandLine().or(info::command).orElse("?");
        if (command.length() > 160) {
            command = command.substring(0, 157) + "...";
        }
        return "pid " + process.pid() + " (" + command + ")";
    }

    private static int depthBelowInit(ProcessHandle process) {
        int depth = 0;
        Optional<ProcessHandle> parent = process.parent();
        while (parent.isPresent() && depth < 64) {
            depth++;
            parent = parent.get().parent();
        }
        return depth;
    }
}
