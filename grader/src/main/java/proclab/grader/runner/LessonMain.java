package proclab.grader.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The entry point of a lesson's test JVM, started by the grader: runs the lesson's pristine tests
 * with the JUnit Platform Launcher. testkit's {@code GradingListener} (found by the service loader)
 * writes the lesson's results; {@link ProgressLog} writes progress as it happens.
 *
 * <p>Arguments: {@code --progress FILE --classes DIR --test-timeout SECONDS --stuck-at EPOCH_MILLIS
 * [--select Class#method]...}
 */
public final class LessonMain {
    private LessonMain() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        ProgressLog log = new ProgressLog(arguments.progress);
        log.write(ProgressEvent.of(ProgressEvent.RUNNER_STARTED));
        StuckWatch.start(log, arguments.stuckAtMillis);
        endWithTheGrader();

        Launcher launcher = LauncherFactory.create();
        launcher.execute(request(arguments), log);

        log.write(ProgressEvent.of(ProgressEvent.FINISHED));
        log.close();
        System.out.flush();
        // Student code may have left threads running; the grader ends whatever is left.
        System.exit(0);
    }

    /**
     * A grader killed with -9 cannot end this JVM: it ends itself when its parent, the grader, is
     * gone (and mp's daemon children follow it).
     */
    private static void endWithTheGrader() {
        ProcessHandle.current().parent().ifPresent(grader -> grader.onExit().thenRun(() -> Runtime.getRuntime().halt(137)));
    }

    private static LauncherDiscoveryRequest request(Arguments arguments) {
        List<DiscoverySelector> selectors = new ArrayList<>();
        if (arguments.selected.isEmpty()) {
            selectors.addAll(selectClasspathRoots(Set.of(arguments.classes)));
        } else {
            for (String test : arguments.selected) {
                selectors.add(selectMethod(test));
            }
        }
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameters(Map.of(
                        "junit.jupiter.extensions.autodetection.enabled", "true",
                        "junit.jupiter.execution.timeout.mode", "enabled",
                        "junit.jupiter.execution.timeout.default", arguments.testTimeoutSeconds + " s",
                        // A test stuck in a loop that ignores interrupts still fails on time.
                        "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD",
                        "junit.jupiter.execution.parallel.enabled", "false"))
                .build();
    }

    /** The command line, as the grader writes it. */
    private record Arguments(Path progress, Path classes, long testTimeoutSeconds, long stuckAtMillis,
            List<String> selected) {
        static Arguments parse(String[] args) {
            Path progress = null;
            Path classes = null;
            long testTimeout = 60;
            long stuckAt = Long.MAX_VALUE;
            List<String> selected = new ArrayList<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--progress" -> progress = Path.of(value);
                    case "--classes" -> classes = Path.of(value);
                    case "--test-timeout" -> testTimeout = Long.parseLong(value);
                    case "--stuck-at" -> stuckAt = Long.parseLong(value);
                    case "--select" -> selected.add(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (progress == null || classes == null) {
                throw new IllegalArgumentException("--progress and --classes are required");
            }
            return new Arguments(progress, classes, testTimeout, stuckAt, selected);
        }
    }
}
