package proclab.grader.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources with the JDK's compiler, in the grader's JVM (compiling runs none of the
 * student's code: annotation processing is off).
 */
public final class JavaCompilation {
    private static final int SHOWN_ERRORS = 15;

    private JavaCompilation() {
    }

    /**
     * How a compilation went.
     *
     * @param ok       true when it produced classes
     * @param messages the errors, as the compiler words them, with paths relative to the base folder
     */
    public record Result(boolean ok, String messages) {
    }

    /**
     * Compiles every {@code .java} file under {@code sourceRoots} into {@code out}.
     *
     * @param base folder that error messages name paths relative to
     * @throws InfrastructureException when this JVM has no compiler
     */
    public static Result compile(List<Path> sourceRoots, List<Path> classpath, Path out, Path base) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new InfrastructureException("The grader runs on a Java runtime without a compiler (" +
                    System.getProperty("java.home") + "). Run it with a JDK 17 or newer.");
        }
        List<Path> sources = javaFiles(sourceRoots);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + out, e);
        }
        if (sources.isEmpty()) {
            return new Result(true, "");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-g", "-nowarn",
                    "-Xlint:none", "-Xmaxerrs", "50", "-implicit:none",
                    "-d", out.toString(), "-cp", GraderClasspath.join(classpath));
            StringWriter unexpected = new StringWriter();
            boolean ok = compiler.getTask(unexpected, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            return new Result(ok, ok ? "" : describe(diagnostics, base) + unexpected);
        } catch (IOException e) {
            throw new UncheckedIOException("could not compile the sources in " + sourceRoots, e);
        }
    }

    private static String describe(DiagnosticCollector<JavaFileObject> diagnostics, Path base) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "" : relative(Path.of(d.getSource().toUri()), base) + ":" + d.getLineNumber() + ": ";
            errors.add(file + "error: " + d.getMessage(Locale.ROOT));
        }
        StringBuilder text = new StringBuilder();
        errors.stream().limit(SHOWN_ERRORS).forEach(e -> text.append(e).append('\n'));
        if (errors.size() > SHOWN_ERRORS) {
            text.append("... and ").append(errors.size() - SHOWN_ERRORS).append(" more errors\n");
        }
        return text.toString();
    }

    private static String relative(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private static List<Path> javaFiles(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("could not list the sources in " + root, e);
            }
        }
        return files;
    }
}
