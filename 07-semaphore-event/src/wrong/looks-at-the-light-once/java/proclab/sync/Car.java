package proclab.sync;

import proclab.mp.Event;

/** Task 4: a car at the traffic light. It crosses only on green. */
public final class Car {
    private Car() {
    }

    /** The car arrives at the crossing, waits while the light is red, and crosses on green. */
    public static void drive(Event green, Road road, String car) {
        road.arrive(car);
        if (!green.isSet()) {
            System.out.println(car + " waits at the red light");
        }
        road.cross(car);
    }
}
