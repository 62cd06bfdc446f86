package proclab.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Java {@code main} to run in a JVM of its own, with this JVM's {@code java} and classpath.
 * Tests use it when the behaviour is about a whole program: daemon children that die with it,
 * a server that keeps serving, a parent killed with -9.
 *
 * <p>The program inherits this JVM's {@code proclab.*} system properties, as mp's children do
 * (but for {@code proclab.internal.*}, which belong to one JVM): the timeline that a graded test
 * records and the delays it sets reach the program and every process it starts.
 *
 * <pre>{@code
 * try (RunningProgram parent = JavaProgram.main(DaemonDemo.class).start()) {
 *     long child = Long.parseLong(parent.awaitLine(l -> l.startsWith("child "), ofSeconds(20)).substring(6));
 *     parent.kill();
 *     await().atMost(ofSeconds(20)).until(() -> !ProcessTrees.isAlive(child));
 * }
 * }</pre>
 */
public final class JavaProgram {
    private final String mainClass;
    private final List<String> args = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path directory;
    private Duration timeLimit = Duration.ofMinutes(2);

    private JavaProgram(String mainClass) {
        this.mainClass = mainClass;
    }

    public static JavaProgram main(Class<?> mainClass) {
        return new JavaProgram(mainClass.getName());
    }

    public static JavaProgram main(String mainClass) {
        return new JavaProgram(mainClass);
    }

    public JavaProgram args(String... values) {
        args.addAll(List.of(values));
        return this;
    }

    /** A {@code -Dkey=value} system property for the program's JVM. */
    public JavaProgram property(String key, String value) {
        jvmOptions.add("-D" + key + "=" + value);
        return this;
    }

    public JavaProgram jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public JavaProgram environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public JavaProgram directory(Path workingDirectory) {
        this.directory = workingDirectory;
        return this;
    }

    /** After this long the program and everything it started are killed (default 2 minutes). */
    public JavaProgram timeLimit(Duration limit) {
        this.timeLimit = limit;
        return this;
    }

    public RunningProgram start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inheritedProperties()); // before the options: a property() set here wins
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            return new RunningProgram(mainClass, builder.start(), timeLimit);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + String.join(" ", command), e);
        }
    }

    private static List<String> inheritedProperties() {
        Map<String, String> inherited = new TreeMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key instanceof String k && k.startsWith("proclab.") && !k.startsWith("proclab.internal.")
                    && value instanceof String v) {
                inherited.put(k, v);
            }
        });
        List<String> options = new ArrayList<>();
        inherited.forEach((key, value) -> options.add("-D" + key + "=" + value));
        return options;
    }

    /** Runs the program to its end (or its time limit) and returns what happened. */
    public RunningProgram.Result run() {
        try (RunningProgram program = start()) {
            return program.awaitExit(timeLimit.plusSeconds(5));
        }
    }
}
