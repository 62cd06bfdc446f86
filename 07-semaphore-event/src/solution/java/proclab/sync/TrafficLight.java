package proclab.sync;

import proclab.mp.Event;

/** Task 3: the traffic light. The event is set while the light is green, clear while it is red. */
public final class TrafficLight {
    private TrafficLight() {
    }

    /**
     * Runs {@code cycles} cycles of red, then green. After the last cycle the light stays green,
     * so that cars that come later can go.
     */
    public static void run(Event green, Road road, int cycles) {
        for (int cycle = 1; cycle <= cycles; cycle++) {
            green.clear();
            road.showRed();
            green.set();
            road.showGreen();
        }
    }
}
