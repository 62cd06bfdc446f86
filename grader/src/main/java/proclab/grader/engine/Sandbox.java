package proclab.grader.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this machine offers to hold a lesson run within its {@link Limits}, found once:
 *
 * <ul>
 * <li>Processes: a Linux pids cgroup per run caps its tasks in the kernel, so a fork bomb stops at
 * the cap, and lists every process of the run, also orphans. Everywhere, the grader also counts the
 * run's processes and ends the run when there are too many. {@code RLIMIT_NPROC} is not used: the
 * kernel does not apply it to root (and counts all of a user's processes, not the run's).</li>
 * <li>Memory: the heap of every JVM, and a memory cgroup for the whole run where there is one.</li>
 * <li>File size and core dumps: {@code prlimit} where installed (util-linux).</li>
 * <li>Output: the grader keeps only the head and tail of what a run prints.</li>
 * </ul>
 */
public final class Sandbox {
    private static final AtomicLong RUNS = new AtomicLong();
    /** Tasks (threads count, too) per allowed process: a JVM has a few dozen threads. */
    static final int TASKS_PER_PROCESS = 48;

    private final Cgroup.Hierarchy pids;
    private final Cgroup.Hierarchy memory;
    private final Path prlimit;

    private Sandbox(Cgroup.Hierarchy pids, Cgroup.Hierarchy memory, Path prlimit) {
        this.pids = pids;
        this.memory = memory;
        this.prlimit = prlimit;
    }

    /** What this machine offers, tried for real (a group is made and removed). */
    public static Sandbox detect() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                || "false".equals(System.getProperty("proclab.grader.cgroups"))) {
            return new Sandbox(null, null, findPrlimit());
        }
        Sandbox sandbox = new Sandbox(usable("pids"), usable("memory"), findPrlimit());
        sandbox.sweepStaleGroups();
        return sandbox;
    }

    /**
     * Ends what a grader that was killed left behind: the processes in its cgroups, and the groups.
     * A group's name carries the pid of the grader that made it.
     */
    private void sweepStaleGroups() {
        for (Cgroup.Hierarchy hierarchy : new Cgroup.Hierarchy[] {pids, memory}) {
            if (hierarchy == null) {
                continue;
            }
            try (java.util.stream.Stream<Path> groups = Files.list(hierarchy.base())) {
                for (Path group : (Iterable<Path>) groups::iterator) {
                    java.util.regex.Matcher name = java.util.regex.Pattern.compile("proclab-grader-(\\d+)-\\d+")
                            .matcher(group.getFileName().toString());
                    boolean graderAlive = name.matches() && ProcessHandle.of(Long.parseLong(name.group(1)))
                            .map(ProcessHandle::isAlive).orElse(false);
                    if (name.matches() && !graderAlive) {
                        Cgroup.sweep(group);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // nothing to sweep, or not allowed to look: the next grader tries again
            }
        }
    }

    /** A sandbox that uses no OS facility: only the grader's own counting and time limits. */
    public static Sandbox portableOnly() {
        return new Sandbox(null, null, null);
    }

    private static Cgroup.Hierarchy usable(String controller) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"), StandardCharsets.UTF_8)) {
                String[] parts = line.split(":", 3);
                if (parts.length < 3) {
                    continue;
                }
                Cgroup.Hierarchy hierarchy = null;
                if (List.of(parts[1].split(",")).contains(controller)) {
                    hierarchy = new Cgroup.Hierarchy(controller, Path.of("/sys/fs/cgroup", controller + parts[2]), false);
                } else if (parts[0].equals("0") && parts[1].isEmpty()
                        && Files.exists(Path.of("/sys/fs/cgroup/cgroup.controllers"))) {
                    hierarchy = new Cgroup.Hierarchy(controller, Path.of("/sys/fs/cgroup" + parts[2]), true);
                }
                if (hierarchy != null && works(hierarchy)) {
                    return hierarchy;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no cgroups here
        }
        return null;
    }

    private static boolean works(Cgroup.Hierarchy hierarchy) {
        Path probe = hierarchy.base().resolve("proclab-probe-" + ProcessHandle.current().pid());
        try {
            Files.createDirectory(probe);
            boolean ok = Files.exists(hierarchy.limitFile(probe)) && Files.isWritable(probe.resolve("cgroup.procs"));
            Files.delete(probe);
            return ok;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // it was never made
            }
            return false;
        }
    }

    private static Path findPrlimit() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "prlimit");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** One run's confinement: its command wrapped to join the cgroups and take the rlimits. */
    Jail open(Limits limits) throws IOException {
        Cgroup group = null;
        if (pids != null || memory != null) {
            String name = "proclab-grader-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
            group = Cgroup.create(name, pids, (long) limits.maxProcesses() * TASKS_PER_PROCESS,
                    memory, limits.memoryMb() * 1024L * 1024L);
        }
        return new Jail(group, prlimit, limits);
    }

    /** For people: which limits are enforced how on this machine. */
    public String describe(Limits limits) {
        List<String> lines = new ArrayList<>();
        lines.add("Time: " + limits.testTime().toSeconds() + " s per test, " + limits.lessonTime().toSeconds()
                + " s per lesson (the grader's clock).");
        lines.add("Processes: at most " + limits.maxProcesses() + " at once per lesson run, counted by the grader"
                + (pids != null ? "; and a pids cgroup caps the run at " + (long) limits.maxProcesses() * TASKS_PER_PROCESS
                        + " tasks (processes and threads) in the kernel" : "; no cgroup here, so a very fast fork bomb"
                        + " can exceed the count between two looks (every 100 ms)")
                + ". RLIMIT_NPROC is not used: the kernel exempts root from it and counts a whole user's processes.");
        lines.add("Memory: " + limits.testHeapMb() + " MB heap for the test JVM, " + limits.childHeapMb()
                + " MB for each JVM that mp starts" + (memory != null ? "; a memory cgroup caps the run at "
                        + limits.memoryMb() + " MB" : "; no memory cgroup here, so JVMs a test starts by itself and"
                        + " native processes are not capped"));
        lines.add("Files: " + (prlimit != null ? "at most " + limits.maxFileMb() + " MB per file written, no core dumps (prlimit)"
                : "no prlimit here: file sizes are not capped"));
        lines.add("Output: the first and last " + limits.keptOutputKb() + " KB of a run's output are kept.");
        return String.join("\n", lines);
    }

    /** One run's confinement. */
    static final class Jail implements AutoCloseable {
        private final Cgroup group;
        private final Path prlimit;
        private final Limits limits;

        Jail(Cgroup group, Path prlimit, Limits limits) {
            this.group = group;
            this.prlimit = prlimit;
            this.limits = limits;
        }

        /**
         * The command that runs {@code command} inside the confinement. Joining the cgroup happens
         * in a shell before {@code exec}, so the JVM and everything it starts are in it from the first
         * instruction.
         */
        List<String> wrap(List<String> command) {
            List<String> wrapped = new ArrayList<>();
            if (group != null) {
                StringBuilder script = new StringBuilder();
                for (Path procs : group.procsFiles()) {
                    script.append("echo $$ > ").append(quote(procs.toString())).append(" || exit 125; ");
                }
                script.append("exec \"$@\"");
                wrapped.addAll(List.of("/bin/sh", "-c", script.toString(), "proclab-jail"));
            }
            if (prlimit != null) {
                wrapped.addAll(List.of(prlimit.toString(), "--fsize=" + limits.maxFileMb() * 1024L * 1024L, "--core=0", "--"));
            }
            wrapped.addAll(command);
            return wrapped;
        }

        private static String quote(String text) {
            return "'" + text.replace("'", "'\\''") + "'";
        }

        /** Every process of the run the kernel knows of; empty without a cgroup. */
        java.util.Set<Long> members() {
            return group == null ? java.util.Set.of() : group.members();
        }

        boolean taskLimitReached() {
            return group != null && group.taskLimitReached();
        }

        boolean memoryLimitReached() {
            return group != null && group.memoryLimitReached();
        }

        @Override
        public void close() {
            if (group != null) {
                for (int attempt = 0; attempt < 50 && !group.remove(); attempt++) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
