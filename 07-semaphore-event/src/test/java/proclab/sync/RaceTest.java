package proclab.sync;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;

import proclab.mp.Event;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile;

/** Task 2: runners at the start line wait for the pistol, and go home if it is never fired. */
class RaceTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @Graded(task = 2, points = 15, hint = "After Track.toLine, wait on the pistol with pistol.await(patience), and"
            + " run only after it returns.")
    void nobodyRunsBeforeThePistolAndEverybodyAfter() {
        int runners = 5;
        Event pistol = new Event();
        try (Crew crew = new Crew()) {
            for (int i = 1; i <= runners; i++) {
                String runner = "runner-" + i;
                crew.start(runner, () -> Race.runner(pistol, Duration.ofSeconds(60), runner));
            }
            boolean allAtLine = Crew.within(LIMIT,
                    () -> Marks.now().who("track.line").size() == runners || crew.running().size() < runners);
            crew.checkEndings();
            if (!allAtLine) {
                fail("After " + LIMIT.toSeconds() + " s, only " + Marks.now().who("track.line").size() + " of "
                        + runners + " runners were at the start line. Each runner calls Track.toLine first.");
            }
            // The test fires the pistol only once every runner is at the line.
            pistol.set();
            boolean allEnded = crew.allEnded(LIMIT);
            crew.checkEndings();
            if (!allEnded) {
                fail(Marks.names(crew.running()) + " still waited " + LIMIT.toSeconds() + " s after the pistol"
                        + " was fired. A set event wakes every process that waits on it.");
            }
        }
        Marks marks = Marks.now();
        TimelineFile.Event shot = marks.of("event.set").get(0);
        for (int i = 1; i <= runners; i++) {
            String runner = "runner-" + i;
            List<TimelineFile.Event> runs = marks.of("track.run", runner);
            if (runs.isEmpty()) {
                fail(runner + " never ran, though the pistol was fired at " + marks.at(shot) + ". When"
                        + " pistol.await(...) returns true, the runner runs (Track.run).");
            }
            if (runs.get(0).nanos() < shot.nanos()) {
                fail(runner + " ran at " + marks.at(runs.get(0)) + ", before the pistol was fired at " + marks.at(shot)
                        + ". A runner must wait for the pistol: pistol.await(...) blocks until the event is set.");
            }
            if (!marks.of("track.home", runner).isEmpty()) {
                fail(runner + " went home, though the pistol was fired at " + marks.at(shot) + " and it was allowed"
                        + " to wait 60 s.");
            }
        }
    }

    @Graded(task = 2, points = 10, hint = "pistol.await(patience) returns false when the time ran out and the event"
            + " was never set. Use that result to choose between running and going home.")
    void runnersGoHomeWhenThePistolNeverFires() {
        int runners = 3;
        Event pistol = new Event();
        try (Crew crew = new Crew()) {
            for (int i = 1; i <= runners; i++) {
                String runner = "runner-" + i;
                crew.start(runner, () -> Race.runner(pistol, Duration.ofSeconds(1), runner));
            }
            boolean allEnded = crew.allEnded(LIMIT);
            crew.checkEndings();
            if (!allEnded) {
                fail(Marks.names(crew.running()) + " still waited after " + LIMIT.toSeconds() + " s, though each"
                        + " runner may wait only 1 s. Wait with pistol.await(patience), not pistol.await().");
            }
        }
        Marks marks = Marks.now();
        for (int i = 1; i <= runners; i++) {
            String runner = "runner-" + i;
            List<TimelineFile.Event> runs = marks.of("track.run", runner);
            if (!runs.isEmpty()) {
                fail(runner + " ran at " + marks.at(runs.get(0)) + ", but the pistol was never fired. After"
                        + " pistol.await(patience) returns false, the runner goes home (Track.goHome) instead.");
            }
            if (marks.of("track.home", runner).isEmpty()) {
                fail(runner + " neither ran nor went home. When the pistol is not fired within the patience, call"
                        + " Track.goHome.");
            }
        }
    }
}
