package proclab.mp.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of a child JVM: this JVM's own {@code java}, fast-start options chosen by
 * measurement (see BENCHMARKS.md), the options from {@code proclab.mp.jvmOptions}, this JVM's
 * classpath and the child entry point.
 */
final class JvmCommand {
    static final String CHILD_MAIN = "proclab.mp.ChildMain";

    /**
     * A child starts in a fraction of the default time with these: the C1 compiler only, the
     * serial collector, no perf-data file. See BENCHMARKS.md for the measurements.
     */
    private static final List<String> FAST_START = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto");

    private JvmCommand() {
    }

    static List<String> fromSystemProperties() {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        if (!"false".equals(System.getProperty("proclab.mp.fastStart"))) {
            command.addAll(FAST_START);
        }
        String extra = System.getProperty("proclab.mp.jvmOptions", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CHILD_MAIN);
        return command;
    }

    private static String javaExecutable() {
        String configured = System.getProperty("proclab.mp.java");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path windows = bin.resolve("java.exe");
        return (Files.exists(windows) ? windows : bin.resolve("java")).toString();
    }
}
