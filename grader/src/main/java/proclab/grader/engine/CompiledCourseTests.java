package proclab.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;

import proclab.grader.course.Lesson;
import proclab.testkit.Graded;

/**
 * The pristine tests of each lesson, compiled once against the lesson's skeleton (the signatures
 * students get) and shared by every submission; and the graded tests they declare.
 *
 * <p>Compiled tests are kept in {@code cacheDir}, in a folder named by the hash of what they were
 * compiled from, so that a later run of the grader reuses them.
 */
public final class CompiledCourseTests {
    private final Path cacheDir;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    /**
     * The test classes of one lesson and what they declare.
     *
     * @param testClasses the compiled tests and the test resources
     * @param expected    the graded tests, in task order
     */
    public record Compiled(Path testClasses, List<ExpectedTest> expected) {
        public int available() {
            return expected.stream().mapToInt(ExpectedTest::points).sum();
        }
    }

    public CompiledCourseTests(Path cacheDir) {
        this.cacheDir = cacheDir.toAbsolutePath().normalize();
    }

    /**
     * The lesson's compiled tests, compiling them on first use.
     *
     * @throws CourseBuildException when the lesson's skeleton or tests do not compile
     */
    public Compiled of(Lesson lesson) {
        String key = lesson.dir().toString();
        Compiled done = compiled.get(key);
        if (done != null) {
            return done;
        }
        synchronized (this) {
            return compiled.computeIfAbsent(key, k -> compile(lesson));
        }
    }

    private Compiled compile(Lesson lesson) {
        Path dir = cacheDir.resolve(lesson.name() + "-" + lesson.pristineHash().substring(0, 16));
        Path api = dir.resolve("skeleton-classes");
        Path tests = dir.resolve("test-classes");
        Path complete = dir.resolve("complete");
        if (!Files.exists(complete)) {
            Trees.delete(dir);
            JavaCompilation.Result skeleton = JavaCompilation.compile(List.of(lesson.skeleton(), lesson.common()),
                    GraderClasspath.entries(), api, lesson.dir());
            if (!skeleton.ok()) {
                throw new CourseBuildException(lesson.name() + "'s skeleton (src/main/java with src/common/java)"
                        + " does not compile", skeleton.messages());
            }
            List<Path> classpath = new ArrayList<>(GraderClasspath.entries());
            classpath.add(0, api);
            JavaCompilation.Result compiledTests = JavaCompilation.compile(List.of(lesson.tests()), classpath, tests,
                    lesson.dir());
            if (!compiledTests.ok()) {
                throw new CourseBuildException(lesson.name() + "'s tests do not compile against its skeleton",
                        compiledTests.messages());
            }
            Trees.copy(lesson.testResources(), tests);
            try {
                Files.writeString(complete, "");
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + complete, e);
            }
        }
        return new Compiled(tests, declaredTests(tests, api));
    }

    /** The {@code @Graded} methods of the compiled test classes, read without running any of them. */
    static List<ExpectedTest> declaredTests(Path testClasses, Path skeletonClasses) {
        List<ExpectedTest> found = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {testClasses.toUri().toURL(), skeletonClasses.toUri().toURL()},
                CompiledCourseTests.class.getClassLoader());
                Stream<Path> walk = Files.walk(testClasses)) {
            List<String> names = walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> testClasses.relativize(p).toString().replace('\\', '/').replace('/', '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
            for (String name : names) {
                Class<?> type = Class.forName(name, false, loader);
                if (Modifier.isAbstract(type.getModifiers()) || type.isInterface() || type.isAnonymousClass()) {
                    continue;
                }
                for (Method method : gradedMethods(type)) {
                    Graded graded = method.getAnnotation(Graded.class);
                    found.add(new ExpectedTest(type.getName() + "#" + method.getName(), displayName(method),
                            graded.task(), graded.points(), graded.hint()));
                }
            }
        } catch (IOException | ReflectiveOperationException | LinkageError e) {
            throw new CourseBuildException("could not read the graded tests in " + testClasses + ": " + e, e);
        }
        found.sort(Comparator.comparingInt(ExpectedTest::task).thenComparing(ExpectedTest::test));
        return List.copyOf(found);
    }

    /** Graded methods of a class and its superclasses, a method overridden lower down counted once. */
    private static List<Method> gradedMethods(Class<?> type) {
        Map<String, Method> byName = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Graded.class)) {
                    byName.putIfAbsent(method.getName(), method);
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static String displayName(Method method) {
        DisplayName name = method.getAnnotation(DisplayName.class);
        if (name != null) {
            return name.value();
        }
        return method.getName() + "(" + Stream.of(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")";
    }
}
