package proclab.grader.gradebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;
import proclab.grader.model.Verdict;

/**
 * The grades of a class in an SQLite database: submissions with their content hash, grading runs,
 * each lesson's result and each test's outcome, points, message and duration, and the verdict of
 * every attempt. Each lesson is written in one transaction as soon as it is graded, so a grader
 * killed at any moment loses at most the lesson it was grading; a rerun finds what is done by its
 * grading key and grades only the rest.
 */
public final class Gradebook implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS runs (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              started_at TEXT NOT NULL,
              finished_at TEXT,
              command TEXT NOT NULL,
              settings TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS submissions (
              student TEXT PRIMARY KEY,
              content_hash TEXT NOT NULL,
              origin TEXT NOT NULL,
              problem TEXT NOT NULL,
              run_id INTEGER NOT NULL REFERENCES runs(id));
            CREATE TABLE IF NOT EXISTS lessons (
              student TEXT NOT NULL,
              lesson TEXT NOT NULL,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              grading_key TEXT NOT NULL,
              status TEXT NOT NULL,
              title TEXT NOT NULL,
              task_titles TEXT NOT NULL,
              earned INTEGER NOT NULL,
              available INTEGER NOT NULL,
              problem TEXT NOT NULL,
              leaks TEXT NOT NULL,
              notes TEXT NOT NULL,
              duration_ms INTEGER NOT NULL,
              finished_at TEXT NOT NULL,
              PRIMARY KEY (student, lesson));
            CREATE TABLE IF NOT EXISTS tests (
              student TEXT NOT NULL,
              lesson TEXT NOT NULL,
              test TEXT NOT NULL,
              name TEXT NOT NULL,
              task INTEGER NOT NULL,
              points INTEGER NOT NULL,
              earned INTEGER NOT NULL,
              verdict TEXT NOT NULL,
              message TEXT NOT NULL,
              hint TEXT NOT NULL,
              timeline TEXT NOT NULL,
              duration_ms INTEGER NOT NULL,
              attempts TEXT NOT NULL,
              PRIMARY KEY (student, lesson, test));
            CREATE TABLE IF NOT EXISTS attempts (
              run_id INTEGER NOT NULL,
              student TEXT NOT NULL,
              lesson TEXT NOT NULL,
              grading_key TEXT NOT NULL,
              test TEXT NOT NULL,
              attempt INTEGER NOT NULL,
              verdict TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS attempts_by_test ON attempts (student, lesson, grading_key, test);
            """;

    private final Connection db;

    private Gradebook(Connection db) {
        this.db = db;
    }

    /** Opens the gradebook at {@code file}, making it when new. */
    public static Gradebook open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = db.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
                statement.execute("PRAGMA busy_timeout=30000");
                statement.executeUpdate(SCHEMA);
            }
            db.setAutoCommit(true);
            return new Gradebook(db);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalArgumentException("Could not open the gradebook " + file + ": " + e.getMessage()
                    + ". Is it an SQLite file written by the grader, and is its folder writable?", e);
        }
    }

    /** Records the start of a run; returns its id. */
    public synchronized long startRun(String command, String settings) {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO runs (started_at, command, settings) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, Instant.now().toString());
            insert.setString(2, command);
            insert.setString(3, settings);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("record a run", e);
        }
    }

    public synchronized void finishRun(long run) {
        update("UPDATE runs SET finished_at = ? WHERE id = ?", Instant.now().toString(), run);
    }

    public synchronized void saveSubmission(long run, String student, String contentHash, String origin, String problem) {
        update("INSERT INTO submissions (student, content_hash, origin, problem, run_id) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT(student) DO UPDATE SET content_hash = excluded.content_hash, origin = excluded.origin,"
                + " problem = excluded.problem, run_id = excluded.run_id",
                student, contentHash, origin, problem, run);
    }

    /** True when the lesson was graded with this key and has a score (an infrastructure error is regraded). */
    public synchronized boolean isDone(String student, String lesson, String gradingKey) {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT status FROM lessons WHERE student = ? AND lesson = ? AND grading_key = ?")) {
            query.setString(1, student);
            query.setString(2, lesson);
            query.setString(3, gradingKey);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && LessonStatus.valueOf(row.getString(1)).scored();
            }
        } catch (SQLException e) {
            throw failure("read the gradebook", e);
        }
    }

    /** Saves a graded lesson with its tests and attempts, all or nothing. */
    public synchronized void saveLesson(long run, String student, String gradingKey, LessonResult lesson) {
        try {
            db.setAutoCommit(false);
            try {
                execute("DELETE FROM tests WHERE student = ? AND lesson = ?", student, lesson.lesson());
                execute("INSERT OR REPLACE INTO lessons (student, lesson, run_id, grading_key, status, title, task_titles,"
                        + " earned, available, problem, leaks, notes, duration_ms, finished_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        student, lesson.lesson(), run, gradingKey, lesson.status().name(), lesson.title(),
                        json(lesson.taskTitles()), lesson.earned(), lesson.available(), lesson.problem(),
                        json(lesson.leaks()), json(lesson.notes()), lesson.millis(), Instant.now().toString());
                for (TestResult test : lesson.tests()) {
                    execute("INSERT INTO tests (student, lesson, test, name, task, points, earned, verdict, message, hint,"
                            + " timeline, duration_ms, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            student, lesson.lesson(), test.test(), test.name(), test.task(), test.points(),
                            test.earned(), test.verdict().name(), test.message(), test.hint(), test.timeline(),
                            test.millis(), json(test.attempts()));
                    for (int i = 0; i < test.attempts().size(); i++) {
                        execute("INSERT INTO attempts (run_id, student, lesson, grading_key, test, attempt, verdict)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)", run, student, lesson.lesson(), gradingKey,
                                test.test(), i + 1, test.attempts().get(i).name());
                    }
                }
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("save " + student + "'s " + lesson.lesson(), e);
        }
    }

    /** Every student's results, by student id, lessons in course order. */
    public synchronized List<StudentResult> results() {
        Map<String, Map<String, List<TestResult>>> tests = new TreeMap<>();
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT student, lesson, test, name, task, points, verdict,"
                        + " message, hint, timeline, duration_ms, attempts FROM tests ORDER BY student, lesson, task, test")) {
            while (row.next()) {
                tests.computeIfAbsent(row.getString(1), s -> new TreeMap<>()).computeIfAbsent(row.getString(2),
                        l -> new ArrayList<>()).add(new TestResult(row.getString(3), row.getString(4), row.getInt(5),
                        row.getInt(6), Verdict.valueOf(row.getString(7)), row.getString(8), row.getString(9),
                        row.getString(10), row.getLong(11), read(row.getString(12), new TypeReference<List<Verdict>>() { })));
            }
        } catch (SQLException e) {
            throw failure("read the tests", e);
        }
        Map<String, StudentResult> students = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT s.student, s.content_hash, l.lesson, l.status, l.title,"
                        + " l.task_titles, l.problem, l.leaks, l.notes, l.duration_ms FROM submissions s"
                        + " LEFT JOIN lessons l ON l.student = s.student ORDER BY s.student, l.lesson")) {
            Map<String, List<LessonResult>> lessons = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            while (row.next()) {
                String student = row.getString(1);
                hashes.put(student, row.getString(2));
                List<LessonResult> mine = lessons.computeIfAbsent(student, s -> new ArrayList<>());
                String lesson = row.getString(3);
                if (lesson == null) {
                    continue;
                }
                mine.add(new LessonResult(lesson, row.getString(5),
                        read(row.getString(6), new TypeReference<Map<Integer, String>>() { }),
                        LessonStatus.valueOf(row.getString(4)), row.getString(7),
                        tests.getOrDefault(student, Map.of()).getOrDefault(lesson, List.of()),
                        read(row.getString(8), new TypeReference<List<String>>() { }),
                        read(row.getString(9), new TypeReference<List<String>>() { }), row.getLong(10)));
            }
            lessons.forEach((student, list) -> students.put(student, new StudentResult(student, hashes.get(student), list)));
        } catch (SQLException e) {
            throw failure("read the lessons", e);
        }
        return new ArrayList<>(students.values());
    }

    /**
     * Tests whose verdicts differed between attempts on the same content, with the same grading
     * key: within one run with {@code --repeat}, or across runs.
     */
    public synchronized List<FlakyTest> flakyTests() {
        List<FlakyTest> flaky = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT student, lesson, test, group_concat(verdict, ' ')"
                        + " FROM (SELECT * FROM attempts ORDER BY run_id, attempt)"
                        + " GROUP BY student, lesson, grading_key, test HAVING count(DISTINCT verdict) > 1"
                        + " ORDER BY student, lesson, test")) {
            while (row.next()) {
                flaky.add(new FlakyTest(row.getString(1), row.getString(2), row.getString(3),
                        List.of(row.getString(4).split(" "))));
            }
        } catch (SQLException e) {
            throw failure("read the attempts", e);
        }
        return flaky;
    }

    /** The origin and problem of each submission, by student. */
    public synchronized Map<String, String[]> submissions() {
        Map<String, String[]> found = new TreeMap<>();
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT student, origin, problem, content_hash FROM submissions")) {
            while (row.next()) {
                found.put(row.getString(1), new String[] {row.getString(2), row.getString(3), row.getString(4)});
            }
        } catch (SQLException e) {
            throw failure("read the submissions", e);
        }
        return found;
    }

    /**
     * Copies everything of {@code other} into this gradebook under a new run: its submissions, lessons,
     * tests and attempts. A student graded in both keeps the lessons of the later grading.
     */
    public synchronized void mergeFrom(Path other, String command) {
        long run = startRun(command, "merged from " + other.toAbsolutePath());
        try (Statement statement = db.createStatement()) {
            statement.execute("ATTACH DATABASE '" + other.toAbsolutePath().toString().replace("'", "''") + "' AS other");
            try {
                db.setAutoCommit(false);
                statement.executeUpdate("INSERT INTO submissions (student, content_hash, origin, problem, run_id)"
                        + " SELECT student, content_hash, origin, problem, " + run + " FROM other.submissions WHERE true"
                        + " ON CONFLICT(student) DO UPDATE SET content_hash = excluded.content_hash,"
                        + " origin = excluded.origin, problem = excluded.problem, run_id = excluded.run_id");
                statement.executeUpdate("DELETE FROM tests WHERE EXISTS (SELECT 1 FROM other.lessons o WHERE"
                        + " o.student = tests.student AND o.lesson = tests.lesson)");
                statement.executeUpdate("INSERT OR REPLACE INTO lessons SELECT student, lesson, " + run + ", grading_key,"
                        + " status, title, task_titles, earned, available, problem, leaks, notes, duration_ms, finished_at"
                        + " FROM other.lessons");
                statement.executeUpdate("INSERT INTO tests SELECT * FROM other.tests");
                statement.executeUpdate("INSERT INTO attempts SELECT " + run + ", student, lesson, grading_key, test,"
                        + " attempt, verdict FROM other.attempts");
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
                statement.execute("DETACH DATABASE other");
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("Could not merge " + other + ": " + e.getMessage()
                    + ". Is it a gradebook written by the grader?", e);
        }
        finishRun(run);
    }

    /** The ids of the runs so far, oldest first, with their command. */
    public synchronized List<String> runs() {
        List<String> runs = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT id, command, finished_at FROM runs ORDER BY id")) {
            while (row.next()) {
                runs.add(row.getLong(1) + " " + row.getString(2) + (row.getString(3) == null ? " (unfinished)" : ""));
            }
        } catch (SQLException e) {
            throw failure("read the runs", e);
        }
        return runs;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing: nothing more to save
        }
    }

    private void update(String sql, Object... values) {
        try {
            execute(sql, values);
        } catch (SQLException e) {
            throw failure("write the gradebook", e);
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the gradebook holds a value the grader did not write: " + json, e);
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
    }

    /** One student's result for one lesson, if the gradebook has it. */
    public Optional<LessonResult> lesson(String student, String lesson) {
        return results().stream().filter(s -> s.student().equals(student)).flatMap(s -> s.lessons().stream())
                .filter(l -> l.lesson().equals(lesson)).findFirst();
    }
}
