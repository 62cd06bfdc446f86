package proclab.queue;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import proclab.mp.Delays;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 4: four tasters, one queue of verdicts. The soup taster is late on purpose, by seconds, so
 * that a parent that stops when the queue looks empty misses its verdict on every run.
 */
class TastingTest {
    private static final List<String> DISHES = List.of("dumplings", "noodles", "rice", "soup");
    private static final String LATE_DISH = "soup";
    private static final Duration LATENESS = Duration.ofSeconds(4);
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final String CALL = "tasteAll(" + DISHES + ")";

    @BeforeEach
    void slowSoup() {
        Delays.set("taste." + LATE_DISH, LATENESS);
    }

    @AfterEach
    void normalSpeed() {
        Delays.clear();
    }

    /** What tasteAll returned, who was still running then, and what the processes did. */
    private record Outcome(Map<String, Integer> scores, List<String> leftRunning, Trace trace) {
    }

    private static Outcome tasteAll() {
        try (Watched<Map<String, Integer>> run = Watched.start(() -> Tasting.tasteAll(DISHES))) {
            if (!run.awaitDone(LIMIT)) {
                Children.rethrowTodo();
                fail(CALL + " did not return within " + LIMIT.toSeconds() + " s, although the tasters had tasted "
                        + Trace.now().actions("taster.taste").size() + " dishes. Take exactly one verdict per"
                        + " taster: no more.");
            }
            Map<String, Integer> scores = run.result();
            return new Outcome(scores, run.leftRunning(), Trace.now());
        }
    }

    @Graded(task = 4, points = 12, hint = "You know how many verdicts will come: one per taster. Call get() that many"
            + " times. empty() only says that the queue is empty now, not that no more verdicts are on their way.")
    void everyTastersVerdictIsCounted() {
        Outcome outcome = tasteAll();
        Trace trace = outcome.trace();
        Map<String, Integer> given = new LinkedHashMap<>();
        for (Event taste : trace.actions("taster.taste")) {
            String[] verdict = taste.detail().split("=");
            given.put(verdict[0], Integer.parseInt(verdict[1]));
        }
        List<String> missing = DISHES.stream().filter(dish -> !outcome.scores().containsKey(dish))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            fail(CALL + " returned " + outcome.scores() + ": the verdicts for " + missing + " are missing. "
                    + lateStory(trace, missing));
        }
        if (!outcome.scores().equals(given)) {
            fail(CALL + " returned " + outcome.scores() + ", but the tasters said " + given + ". Return the score"
                    + " of each verdict, under its dish.");
        }
    }

    @Graded(task = 4, points = 8, hint = "Start one Process per dish, named taster-1, taster-2 and so on, whose target"
            + " puts Taster.taste(dish) on the shared queue. Join every taster before you return.")
    void eachDishHasATasterProcessOfItsOwn() {
        Outcome outcome = tasteAll();
        List<Event> tastes = outcome.trace().actions("taster.taste");
        Set<String> tasters = tastes.stream().map(Event::process).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= DISHES.size(); i++) {
            expected.add("taster-" + i);
        }
        if (tastes.size() != DISHES.size() || !tasters.equals(expected)) {
            fail(tastes.size() + " dishes were tasted, by " + tasters + ". Each of the " + DISHES.size() + " dishes"
                    + " needs a taster process of its own, named " + expected + ".");
        }
        if (!outcome.leftRunning().isEmpty()) {
            fail(CALL + " returned while " + outcome.leftRunning() + " still ran. Join every taster before you"
                    + " return.");
        }
    }

    /** Why the verdicts of {@code missing} were not counted: they came after the parent had stopped looking, or never. */
    private static String lateStory(Trace trace, List<String> missing) {
        List<Event> takes = trace.actions(Trace.MAIN, "queue.get");
        Optional<Event> lastTake = takes.isEmpty() ? Optional.empty() : Optional.of(takes.get(takes.size() - 1));
        StringBuilder story = new StringBuilder();
        for (String dish : missing) {
            Optional<Event> put = trace.actions("queue.put").stream()
                    .filter(e -> e.detail().contains("Verdict[dish=" + dish + ",")).findFirst();
            if (put.isEmpty()) {
                story.append(" The taster of ").append(dish).append(" never put its verdict on the queue.");
            } else if (lastTake.isEmpty() || put.get().nanos() > lastTake.get().nanos()) {
                story.append(" The verdict for ").append(dish).append(" was put on the queue at ")
                        .append(trace.at(put.get())).append(", after the parent's last get()")
                        .append(lastTake.map(t -> " at " + trace.at(t)).orElse("")).append(".");
            } else {
                story.append(" The verdict for ").append(dish).append(" was put on the queue at ")
                        .append(trace.at(put.get())).append(", but the parent never took it.");
            }
        }
        return story.append(" When the queue looked empty, the parent thought it had every verdict; but tasters"
                + " were still at work.").toString().strip();
    }
}
