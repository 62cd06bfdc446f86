package proclab.grader.grading;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import proclab.grader.course.Course;
import proclab.grader.course.Lesson;
import proclab.grader.course.SourceTree;
import proclab.grader.engine.LessonGrader;
import proclab.grader.gradebook.Gradebook;
import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.submission.Submission;
import proclab.grader.submission.SubmissionReader;

/**
 * Grades a class: every lesson of every submission, {@code jobs} submissions at a time, each in its
 * own work folder; every lesson is saved to the gradebook the moment it is graded. A lesson whose
 * grading key (pristine lesson, the student's sources, the limits, the repeat count) is already in
 * the gradebook with a score is not graded again, unless forced.
 */
public final class ClassGrading {
    private final Course course;
    private final LessonGrader grader;
    private final Gradebook gradebook;
    private final Path work;
    private final int jobs;

    /** What a grading run did. */
    public record Summary(int submissions, int lessonsGraded, int lessonsSkipped, int infrastructureErrors) {
    }

    public ClassGrading(Course course, LessonGrader grader, Gradebook gradebook, Path work, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, not " + jobs);
        }
        this.course = course;
        this.grader = grader;
        this.gradebook = gradebook;
        this.work = work;
        this.jobs = jobs;
    }

    public Summary grade(List<Path> submissions, boolean force, String command, ProgressBar progress)
            throws InterruptedException {
        long run = gradebook.startRun(command, "jobs=" + jobs + " repeat=" + grader.repeat() + " "
                + grader.limits().fingerprint());
        SubmissionReader reader = new SubmissionReader(course.lessonNames());
        AtomicInteger graded = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger infrastructure = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Path origin : submissions) {
                running.add(pool.submit(() -> {
                    Submission submission = reader.read(origin);
                    gradebook.saveSubmission(run, submission.student(), submission.contentHash(), origin.toString(),
                            submission.problem());
                    for (Lesson lesson : course.lessons()) {
                        String key = gradingKey(lesson, submission);
                        String what = submission.student() + " " + lesson.name();
                        if (!force && gradebook.isDone(submission.student(), lesson.name(), key)) {
                            skipped.incrementAndGet();
                            progress.done(what, "already graded", false, 0);
                            continue;
                        }
                        long start = System.nanoTime();
                        LessonResult result = gradeLesson(submission, lesson);
                        gradebook.saveLesson(run, submission.student(), key, result);
                        graded.incrementAndGet();
                        if (!result.scored()) {
                            infrastructure.incrementAndGet();
                        }
                        progress.done(what, describe(result), true, System.nanoTime() - start);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    // The gradebook keeps every lesson done before the failure; the rest is graded on the next run.
                    infrastructure.incrementAndGet();
                    System.err.println("The grader failed on a submission: " + e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        gradebook.finishRun(run);
        return new Summary(submissions.size(), graded.get(), skipped.get(), infrastructure.get());
    }

    private LessonResult gradeLesson(Submission submission, Lesson lesson) {
        if (!submission.readable()) {
            return grader.notGraded(lesson, LessonStatus.REJECTED, submission.problem());
        }
        SourceTree sources = submission.lesson(lesson.name()).orElse(null);
        if (sources == null) {
            return grader.notGraded(lesson, LessonStatus.MISSING, "the submission has no " + lesson.name()
                    + "/src/main/java folder.");
        }
        return grader.grade(lesson, sources, work.resolve(fileName(submission.student())).resolve(lesson.name()),
                List.of());
    }

    private static String describe(LessonResult result) {
        return switch (result.status()) {
            case GRADED -> result.earned() + "/" + result.available();
            case INFRA_ERROR -> "INFRASTRUCTURE ERROR";
            default -> result.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", 0/"
                    + result.available();
        };
    }

    /** What decides whether a stored grade still holds. */
    private String gradingKey(Lesson lesson, Submission submission) {
        String sources = !submission.readable() ? "unreadable:" + submission.problem()
                : submission.lesson(lesson.name()).map(SourceTree::hash).orElse("missing");
        return sha256(lesson.pristineHash() + "|" + sources + "|" + grader.limits().fingerprint() + "|repeat="
                + grader.repeat());
    }

    /** A file name for a student id: letters, digits and {@code ._-@+} kept, anything else {@code _}. */
    public static String fileName(String student) {
        String safe = student.replaceAll("[^A-Za-z0-9._@+-]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe;
        }
        // Two ids that differ only in replaced characters must not share a file.
        return safe.equals(student) ? safe : safe + "-" + sha256(student).substring(0, 8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
