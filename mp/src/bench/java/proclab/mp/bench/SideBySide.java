package proclab.mp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs each benchmark of {@code benchmarks.txt} in mp and in CPython's multiprocessing, one after
 * the other on the same machine, and prints a table with the ratio of the two.
 *
 * <p>A benchmark is a pair: a Java class with a {@code main} and a Python script, each printing
 * lines {@code RESULT <metric> <value> <unit> <higher|lower>} (which direction is better). Each
 * side runs in a process of its own, the Java side with this JVM's classpath.
 *
 * <p>Run it with {@code ./mvnw -q -pl mp -Pbench verify}; the table also goes to
 * {@code mp/target/bench/results.md}. Arguments: names of benchmarks to run (default: all).
 */
public final class SideBySide {
    private record Pair(String name, String javaClass, String pythonScript, List<String> args) {
    }

    private record Result(String metric, double value, String unit, boolean higherIsBetter) {
    }

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(System.getProperty("bench.dir", "src/bench"));
        List<String> wanted = java.util.Arrays.stream(args).flatMap(a -> java.util.Arrays.stream(a.split("\\s+")))
                .filter(a -> !a.isBlank()).collect(java.util.stream.Collectors.toList());
        StringBuilder table = new StringBuilder();
        table.append("| benchmark | metric | mp | CPython | mp / CPython |\n|---|---|---|---|---|\n");
        for (Pair pair : pairs(benchDir.resolve("benchmarks.txt"))) {
            if (!wanted.isEmpty() && !wanted.contains(pair.name())) {
                continue;
            }
            System.err.println("running " + pair.name() + " ...");
            Map<String, Result> java = run(javaCommand(pair));
            Map<String, Result> python = run(pythonCommand(benchDir, pair));
            for (Result mp : java.values()) {
                Result py = python.get(mp.metric());
                table.append(row(pair, mp, format(mp.value()), py == null ? "-" : format(py.value()),
                        py == null ? "-" : String.format(Locale.ROOT, "%.2f", mp.value() / py.value())));
            }
            // CPython figures without an mp twin: other start methods, say.
            for (Result py : python.values()) {
                if (!java.containsKey(py.metric())) {
                    table.append(row(pair, py, "-", format(py.value()), "-"));
                }
            }
        }
        System.out.print(table);
        Path out = Path.of("target", "bench", "results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    private static List<Pair> pairs(Path manifest) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] f = trimmed.split("\\s+");
            pairs.add(new Pair(f[0], f[1], f[2], List.of(f).subList(3, f.length)));
        }
        return pairs;
    }

    private static List<String> javaCommand(Pair pair) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), pair.javaClass()));
        command.addAll(pair.args());
        return command;
    }

    private static List<String> pythonCommand(Path benchDir, Pair pair) {
        List<String> command = new ArrayList<>(List.of("python3", benchDir.resolve("python").resolve(pair.pythonScript()).toString()));
        command.addAll(pair.args());
        return command;
    }

    private static Map<String, Result> run(List<String> command) throws IOException, InterruptedException {
        java.lang.Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, Result> results = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 5 && f[0].equals("RESULT")) {
                    results.put(f[1], new Result(f[1], Double.parseDouble(f[2]), f[3], f[4].equals("higher")));
                }
            }
        }
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + code);
        }
        return results;
    }

    private static String row(Pair pair, Result metric, String mp, String cpython, String ratio) {
        return String.format(Locale.ROOT, "| %s | %s (%s, %s is better) | %s | %s | %s |%n", pair.name(),
                metric.metric(), metric.unit(), metric.higherIsBetter() ? "higher" : "lower", mp, cpython, ratio);
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
