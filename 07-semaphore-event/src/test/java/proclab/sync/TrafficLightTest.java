package proclab.sync;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import proclab.mp.Event;
import proclab.mp.Process;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile;

/**
 * Task 3: the student's light with the test's cars. Two cars come in each red phase; two more come
 * after the light's last cycle, and they must be able to go too.
 */
class TrafficLightTest {
    private static final int CYCLES = 3;
    private static final int CARS_PER_CYCLE = 2;
    private static final int LATECOMERS = 2;
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @Graded(task = 3, points = 20, hint = "In each cycle: green.clear() and road.showRed(), then green.set() and"
            + " road.showGreen(). The last thing the light does is show green, so it stays green.")
    void switchesForEachCycleAndEndsGreen() {
        Road road = new Road(CYCLES, CARS_PER_CYCLE, LATECOMERS);
        Event green = new Event();
        try (Crew crew = new Crew()) {
            Process light = crew.start("light", () -> TrafficLight.run(green, road, CYCLES));
            for (String car : Crossing.cars(1, road.waveCars())) {
                crew.start(car, () -> Crossing.workingCar(green, road, car));
            }
            boolean lightEnded = Crew.within(LIMIT, () -> !light.isAlive());
            crew.checkEndings();
            if (!lightEnded) {
                fail("The light still ran after " + LIMIT.toSeconds() + " s. It runs " + CYCLES + " cycles and then"
                        + " returns.");
            }
            if (!green.isSet()) {
                Marks marks = Marks.now();
                List<String> waiting = new ArrayList<>(marks.who("road.arrive"));
                waiting.removeAll(marks.who("road.cross"));
                String last = marks.lastBefore(Long.MAX_VALUE, "event.set", "event.clear")
                        .map(e -> "its last switch was event.clear at " + marks.at(e)).orElse("its event was never set");
                fail("The light ended red: " + last + ". "
                        + (waiting.isEmpty() ? "" : Marks.names(waiting) + " still wait, and so would every car that"
                        + " comes later. ") + "After its last cycle the light must stay green.");
            }
            checkPhases(Marks.now());
            for (String car : Crossing.cars(road.waveCars() + 1, road.cars())) {
                crew.start(car, () -> Crossing.workingCar(green, road, car));
            }
            boolean allEnded = crew.allEnded(LIMIT);
            crew.checkEndings();
            if (!allEnded) {
                fail(Marks.names(crew.running()) + " still waited " + LIMIT.toSeconds() + " s after the light's last"
                        + " cycle, though the light was green.");
            }
        }
    }

    /** The light showed red, then green, once per cycle, with its event clear on red and set on green. */
    private static void checkPhases(Marks marks) {
        List<TimelineFile.Event> phases = new ArrayList<>(marks.of("light.red"));
        phases.addAll(marks.of("light.green"));
        phases.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        if (phases.size() != 2 * CYCLES) {
            fail("The light showed " + marks.of("light.red").size() + " red and " + marks.of("light.green").size()
                    + " green phases. For " + CYCLES + " cycles it shows red and then green, " + CYCLES + " times.");
        }
        for (int i = 0; i < phases.size(); i++) {
            TimelineFile.Event phase = phases.get(i);
            boolean red = phase.action().equals("light.red");
            if (red != (i % 2 == 0)) {
                fail("The light showed " + (red ? "RED" : "GREEN") + " at " + marks.at(phase) + " where "
                        + (red ? "GREEN" : "RED") + " was due. Each cycle is red first, then green.");
            }
            if (Crossing.greenAt(marks, phase) == red) {
                fail("The light showed " + (red ? "RED" : "GREEN") + " at " + marks.at(phase) + " while its event was "
                        + (red ? "set" : "clear") + ", so the cars saw the other colour. Call green."
                        + (red ? "clear()" : "set()") + " just before road.show" + (red ? "Red()" : "Green()") + ".");
            }
        }
    }
}
