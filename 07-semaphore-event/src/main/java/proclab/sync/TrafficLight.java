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
        // TODO 3: for each cycle, switch the event to red and show red (road.showRed()), then switch
        //  it to green and show green (road.showGreen()). When the cycles are over, the light is green.
        throw new UnsupportedOperationException("TODO 3: switch red and green for the cycles, end on green");
    }
}
