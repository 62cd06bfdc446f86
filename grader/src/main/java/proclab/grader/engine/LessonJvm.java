package proclab.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import proclab.grader.runner.LessonMain;
import proclab.grader.runner.ProgressEvent;
import proclab.testkit.GradingListener;
import proclab.testkit.LessonOutcome;

/**
 * One run of a lesson's tests in a JVM of its own ({@link LessonMain}), held to its {@link Limits}:
 * killed when it runs out of time or has too many processes, its output kept within bounds, and
 * every process it started ended afterwards. What it reported and what happened to it come back
 * as a {@link Run}.
 */
final class LessonJvm {
    private static final long POLL_MILLIS = 100;
    /** Time for a JVM to exit after its last test, and for its children to follow. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(15);
    private static final Duration LEAK_GRACE = Duration.ofSeconds(10);

    private LessonJvm() {
    }

    /**
     * What to run.
     *
     * @param lessonDir   the lesson's work folder: the working directory of the tests
     * @param classpath   the whole classpath, in order
     * @param testClasses the compiled tests to discover
     * @param selected    the tests to run ({@code Class#method}); all when empty
     */
    record Launch(Path lessonDir, List<Path> classpath, Path testClasses, List<String> selected, Limits limits) {
    }

    /**
     * What happened.
     *
     * @param started          true when the runner got as far as writing its first line
     * @param exitCode         the JVM's exit code (-1 when the grader killed it)
     * @param killedAtDeadline it ran out of the lesson's time
     * @param processLimit     it had too many processes and was ended
     * @param memoryLimit      the kernel killed a process of it for lack of memory
     * @param events           its progress log
     * @param reported         what testkit's GradingListener wrote, when it got so far
     * @param output           what it printed (head and tail)
     * @param outputBytes      how much it printed in all
     * @param leaks            processes left running after the JVM ended by itself
     * @param unkillable       processes the grader could not end
     */
    record Run(boolean started, int exitCode, boolean killedAtDeadline, boolean processLimit, boolean memoryLimit,
            List<ProgressEvent> events, Optional<LessonOutcome> reported, String output, long outputBytes,
            boolean outputTruncated, List<String> leaks, List<String> unkillable) {
    }

    static Run run(Launch launch, Sandbox sandbox) {
        Path runDir = launch.lessonDir().resolve("target/grader-run");
        Path tmp = runDir.resolve("tmp");
        Path progress = runDir.resolve("progress.jsonl");
        Path results = runDir.resolve("results.json");
        try {
            Trees.delete(runDir);
            Files.createDirectories(tmp);
        } catch (UncheckedIOException | IOException e) {
            throw new InfrastructureException("could not prepare " + runDir + ": " + e.getMessage(), e);
        }
        Limits limits = launch.limits();
        long lessonMillis = limits.lessonTime().toMillis();
        // The run notes where its tests are stuck a little before the grader kills it: both read the wall clock,
        // so the time the JVM takes to start does not eat into the margin.
        long stuckAt = System.currentTimeMillis() + lessonMillis - Math.max(3_000, Math.min(10_000, lessonMillis / 5));
        List<String> command = new ArrayList<>(List.of(
                GraderClasspath.javaTool("java").toString(),
                "-Xmx" + limits.testHeapMb() + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + tmp,
                "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true",
                "-D" + GradingListener.RESULTS_PROPERTY + "=" + results,
                "-D" + GradingListener.LESSON_PROPERTY + "=" + launch.lessonDir(),
                "-Dproclab.mp.jvmOptions=-Xmx" + limits.childHeapMb() + "m",
                "-cp", GraderClasspath.join(launch.classpath()),
                LessonMain.class.getName(),
                "--progress", progress.toString(),
                "--classes", launch.testClasses().toString(),
                "--test-timeout", Long.toString(limits.testTime().toSeconds()),
                "--stuck-at", Long.toString(stuckAt)));
        for (String test : launch.selected()) {
            command.addAll(List.of("--select", test));
        }

        try (Sandbox.Jail jail = sandbox.open(limits)) {
            ProcessBuilder builder = new ProcessBuilder(jail.wrap(command))
                    .directory(launch.lessonDir().toFile())
                    .redirectErrorStream(true);
            builder.environment().put("TMPDIR", tmp.toString());
            java.lang.Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new InfrastructureException("could not start the test JVM: " + e.getMessage(), e);
            }
            process.getOutputStream().close();
            BoundedOutput output = BoundedOutput.start(process.getInputStream(), limits.keptOutputKb() * 1024,
                    "grader-output-" + process.pid());
            return watch(process, jail, output, new ProgressReader(progress), results, limits);
        } catch (IOException e) {
            throw new InfrastructureException("could not confine the test JVM: " + e.getMessage(), e);
        }
    }

    private static Run watch(java.lang.Process process, Sandbox.Jail jail, BoundedOutput output,
            ProgressReader progress, Path results, Limits limits) {
        Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + limits.lessonTime().toNanos();
        long exitBy = Long.MAX_VALUE;
        boolean killedAtDeadline = false;
        boolean processLimit = false;
        while (process.isAlive()) {
            Set<ProcessHandle> tree = tree(process, jail, seen);
            if (tree.size() > limits.maxProcesses() || jail.taskLimitReached()) {
                processLimit = true;
                break;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                killedAtDeadline = true;
                break;
            }
            if (exitBy == Long.MAX_VALUE && progress.poll().stream().anyMatch(e -> e.event().equals(ProgressEvent.FINISHED))) {
                exitBy = now + EXIT_GRACE.toNanos();
            }
            if (now > exitBy) {
                break;
            }
            sleep(POLL_MILLIS);
        }
        boolean endedByItself = !process.isAlive();
        List<String> leaks = List.of();
        if (endedByItself) {
            leaks = leftRunning(process, jail, seen);
        }
        List<String> unkillable = ProcessReaper.endAll(() -> tree(process, jail, seen));
        output.awaitEnd(5000);
        int exitCode = endedByItself ? process.exitValue() : -1;
        List<ProgressEvent> events = List.copyOf(progress.poll());
        return new Run(!events.isEmpty(), exitCode, killedAtDeadline, processLimit || jail.taskLimitReached(),
                jail.memoryLimitReached(), events, readResults(results), output.text(), output.totalBytes(),
                output.truncated(), leaks, unkillable);
    }

    /**
     * Processes still running a while after the JVM ended: mp's daemon children and idle spares
     * end with their parent, so only what is still there after the grace time is a leak.
     */
    private static List<String> leftRunning(java.lang.Process process, Sandbox.Jail jail, Set<ProcessHandle> seen) {
        long until = System.nanoTime() + LEAK_GRACE.toNanos();
        Set<ProcessHandle> left = tree(process, jail, seen);
        while (!left.isEmpty() && System.nanoTime() < until) {
            sleep(POLL_MILLIS);
            left = tree(process, jail, seen);
        }
        return left.stream().map(ProcessReaper::describe).sorted().collect(Collectors.toList());
    }

    /** The run's living processes: the JVM, its descendants, those seen before, the cgroup's. */
    private static Set<ProcessHandle> tree(java.lang.Process process, Sandbox.Jail jail, Set<ProcessHandle> seen) {
        process.descendants().forEach(seen::add);
        for (long pid : jail.members()) {
            ProcessHandle.of(pid).ifPresent(seen::add);
        }
        Set<ProcessHandle> alive = new LinkedHashSet<>();
        if (process.isAlive()) {
            alive.add(process.toHandle());
        }
        seen.stream().filter(ProcessHandle::isAlive).forEach(alive::add);
        return alive;
    }

    private static Optional<LessonOutcome> readResults(Path results) {
        if (!Files.exists(results)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LessonOutcome.load(results));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
