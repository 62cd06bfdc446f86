package proclab.sync;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;

import proclab.mp.Event;
import proclab.mp.Process;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile;

/** Task 4: the student's cars with the test's light. Two cars come in each red phase. */
class CarTest {
    private static final int CYCLES = 3;
    private static final int CARS_PER_CYCLE = 2;
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @Graded(task = 4, points = 20, hint = "Looking at green.isSet() once tells the car the colour now, not when it"
            + " turns green. green.await() blocks until the event is set, and returns at once when it is set already.")
    void crossesOnlyOnGreenAndAllCross() {
        Road road = new Road(CYCLES, CARS_PER_CYCLE, 0);
        Event green = new Event();
        List<String> cars = Crossing.cars(1, road.cars());
        try (Crew crew = new Crew()) {
            Process light = crew.start("light", () -> Crossing.workingLight(green, road, CYCLES));
            for (String car : cars) {
                crew.start(car, () -> Car.drive(green, road, car));
            }
            boolean allEnded = crew.allEnded(LIMIT);
            crew.checkEndings();
            if (!allEnded) {
                fail(Marks.names(crew.running()) + " still ran after " + LIMIT.toSeconds() + " s"
                        + (light.isAlive() ? "." : ", though the light had finished and stayed green.")
                        + " Every car crosses once the light is green.");
            }
        }
        Marks marks = Marks.now();
        for (String car : cars) {
            List<TimelineFile.Event> crossings = marks.of("road.cross", car);
            if (crossings.isEmpty()) {
                fail(car + " never crossed. After it arrives and the light is green, it crosses with road.cross.");
            }
            TimelineFile.Event crossing = crossings.get(0);
            if (!Crossing.greenAt(marks, crossing)) {
                String red = marks.lastBefore(crossing.nanos(), "event.clear").map(marks::at).orElse("?");
                String nextGreen = marks.firstAfter(crossing.nanos(), "event.set").map(marks::at).orElse("never");
                fail(car + " crossed at " + marks.at(crossing) + " on red: the light turned red at " + red
                        + " and green again at " + nextGreen + ". A car must wait until the light is green.");
            }
        }
    }
}
