package proclab.grader.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import proclab.grader.course.Course;
import proclab.grader.course.Lesson;
import proclab.grader.course.SourceTree;
import proclab.grader.course.WrongSolution;
import proclab.grader.engine.CompiledCourseTests;
import proclab.grader.engine.ExpectedTest;
import proclab.grader.engine.Trees;

/**
 * Sample submissions made from the course itself: the reference, the untouched skeleton, the
 * course's own wrong solutions, and small hostile ones made from the skeleton of the first lesson
 * (a task that never returns, one that starts processes without end, code that does not compile)
 * and a checkout whose tests, pom and testkit were edited to pass.
 */
public final class DemoSamples {
    private static final Pattern TODO = Pattern.compile("throw new UnsupportedOperationException\\(\"TODO[^;]*\\);");
    private static final int MAX_WRONG = 3;

    private final Course course;
    private final CompiledCourseTests tests;

    public DemoSamples(Course course, CompiledCourseTests tests) {
        this.course = course;
        this.tests = tests;
    }

    /** Writes the samples into {@code dir}, one folder or .zip per student id; returns their names. */
    public List<String> writeTo(Path dir) {
        Trees.delete(dir);
        Map<String, Map<String, SourceTree>> samples = new LinkedHashMap<>();
        Map<String, SourceTree> reference = new TreeMap<>();
        Map<String, SourceTree> skeleton = new TreeMap<>();
        for (Lesson lesson : course.lessons()) {
            reference.put(lesson.name(), SourceTree.read(lesson.solution()));
            skeleton.put(lesson.name(), SourceTree.read(lesson.skeleton()));
        }
        samples.put("reference", reference);
        samples.put("skeleton", skeleton);
        int wrongs = 0;
        for (Lesson lesson : course.lessons()) {
            for (WrongSolution wrong : lesson.wrongSolutions()) {
                if (wrongs++ < MAX_WRONG) {
                    samples.put("wrong-" + lesson.name() + "-" + wrong.slug(), Map.of(lesson.name(),
                            reference.get(lesson.name()).overlaidWith(SourceTree.read(wrong.overlay()))));
                }
            }
        }
        if (!course.lessons().isEmpty()) {
            Lesson first = course.lessons().get(0);
            SourceTree firstSkeleton = skeleton.get(first.name());
            samples.put("hangs", Map.of(first.name(), replaceFirstTodo(firstSkeleton,
                    "while (true) { Thread.onSpinWait(); }")));
            samples.put("fork-bomb", Map.of(first.name(), replaceFirstTodo(firstSkeleton,
                    "for (;;) { try { new ProcessBuilder(\"sleep\", \"600\").start(); }"
                            + " catch (java.io.IOException e) { Thread.onSpinWait(); } }")));
            samples.put("does-not-compile", Map.of(first.name(), replaceFirstTodo(firstSkeleton,
                    "return this is not Java;")));
        }
        for (Map.Entry<String, Map<String, SourceTree>> sample : samples.entrySet()) {
            for (Map.Entry<String, SourceTree> lesson : sample.getValue().entrySet()) {
                lesson.getValue().writeTo(dir.resolve(sample.getKey()).resolve(lesson.getKey()).resolve(Lesson.STUDENT_SOURCES));
            }
        }
        List<String> names = new ArrayList<>(samples.keySet());
        if (!course.lessons().isEmpty()) {
            writeEditedCheckout(dir.resolve("edits-tests.zip"), skeleton);
            names.add("edits-tests.zip");
        }
        return names;
    }

    /** The skeleton with its first {@code TODO} throw replaced by {@code code}. */
    static SourceTree replaceFirstTodo(SourceTree skeleton, String code) {
        Map<String, byte[]> files = new TreeMap<>(skeleton.files());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            Matcher todo = TODO.matcher(text);
            if (todo.find()) {
                file.setValue((text.substring(0, todo.start()) + code + text.substring(todo.end()))
                        .getBytes(StandardCharsets.UTF_8));
                return new SourceTree(files);
            }
        }
        throw new IllegalStateException("the skeleton has no TODO to replace");
    }

    /**
     * A whole checkout as a zip: the skeleton, every graded test replaced by one that passes by
     * doing nothing (in src/test/java, and again in src/main/java under the test's own name), a
     * pom that ignores failures and an edited testkit. The grader must give it what the skeleton
     * gets.
     */
    private void writeEditedCheckout(Path zipFile, Map<String, SourceTree> skeleton) {
        try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file)) {
            String root = "proclab-main/";
            put(zip, root + "pom.xml", "<project><!-- testFailureIgnore everywhere --></project>\n");
            put(zip, root + "testkit/src/main/java/proclab/testkit/Graded.java",
                    "package proclab.testkit;\n// every test passes now\npublic @interface Graded { int task(); int points(); }\n");
            for (Lesson lesson : course.lessons()) {
                for (Map.Entry<String, byte[]> source : skeleton.get(lesson.name()).files().entrySet()) {
                    put(zip, root + lesson.name() + "/src/main/java/" + source.getKey(),
                            new String(source.getValue(), StandardCharsets.UTF_8));
                }
                Map<String, List<ExpectedTest>> byClass = new TreeMap<>();
                for (ExpectedTest test : tests.of(lesson).expected()) {
                    byClass.computeIfAbsent(test.test().substring(0, test.test().indexOf('#')), c -> new ArrayList<>()).add(test);
                }
                for (Map.Entry<String, List<ExpectedTest>> type : byClass.entrySet()) {
                    String path = type.getKey().replace('.', '/') + ".java";
                    String fake = passingTestClass(type.getKey(), type.getValue());
                    put(zip, root + lesson.name() + "/src/test/java/" + path, fake);
                    put(zip, root + lesson.name() + "/src/main/java/" + path, fake);
                }
                put(zip, root + lesson.name() + "/pom.xml", "<project><!-- tests skipped --></project>\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + zipFile, e);
        }
    }

    private static String passingTestClass(String className, List<ExpectedTest> tests) {
        int dot = className.lastIndexOf('.');
        StringBuilder source = new StringBuilder();
        if (dot > 0) {
            source.append("package ").append(className, 0, dot).append(";\n\n");
        }
        source.append("class ").append(className.substring(dot + 1)).append(" {\n");
        for (ExpectedTest test : tests) {
            source.append("    @proclab.testkit.Graded(task = ").append(test.task()).append(", points = ")
                    .append(test.points()).append(")\n    void ").append(test.test().substring(test.test().indexOf('#') + 1))
                    .append("() {\n    }\n");
        }
        return source.append("}\n").toString();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
