package proclab.sync;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Event;
import proclab.testkit.TimelineFile;

/** The test's own light and car, and what the tests ask about the light's event on the timeline. */
final class Crossing {
    private Crossing() {
    }

    /** A light that works, for the tests of the car. */
    static void workingLight(Event green, Road road, int cycles) {
        for (int cycle = 1; cycle <= cycles; cycle++) {
            green.clear();
            road.showRed();
            green.set();
            road.showGreen();
        }
    }

    /** A car that works, for the tests of the light. */
    static void workingCar(Event green, Road road, String car) {
        road.arrive(car);
        green.await();
        road.cross(car);
    }

    /** The car names from {@code first} to {@code last}. */
    static List<String> cars(int first, int last) {
        List<String> names = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            names.add("car-" + i);
        }
        return names;
    }

    /** True if the light was green at {@code moment}: its event's last switch before it was a set. */
    static boolean greenAt(Marks marks, TimelineFile.Event moment) {
        return marks.lastBefore(moment.nanos(), "event.set", "event.clear")
                .map(e -> e.action().equals("event.set")).orElse(false);
    }
}
