package proclab.sync.demo;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Event;
import proclab.mp.Process;
import proclab.sync.Car;
import proclab.sync.Road;
import proclab.sync.TrafficLight;

/**
 * Your traffic light and your cars (tasks 3 and 4) at one crossing: three cycles, two cars in
 * each red phase, and two latecomers after the light's last cycle.
 *
 * <p>Run it: {@code ./mvnw -q -pl 07-semaphore-event compile exec:exec -Dexec.mainClass=proclab.sync.demo.RushHour}
 */
public final class RushHour {
    private static final int CYCLES = 3;

    private RushHour() {
    }

    public static void main(String[] args) {
        Road road = new Road(CYCLES, 2, 2);
        Event green = new Event();
        Process light = new Process("light", () -> TrafficLight.run(green, road, CYCLES));
        light.start();
        List<Process> cars = new ArrayList<>();
        for (int i = 1; i <= road.waveCars(); i++) {
            cars.add(drive(green, road, "car-" + i));
        }
        light.join();
        System.out.println("The light has done its " + CYCLES + " cycles. Two more cars come.");
        for (int i = road.waveCars() + 1; i <= road.cars(); i++) {
            cars.add(drive(green, road, "car-" + i));
        }
        for (Process car : cars) {
            car.join();
        }
        System.out.println("Every car has crossed.");
    }

    private static Process drive(Event green, Road road, String car) {
        Process process = new Process(car, () -> Car.drive(green, road, car));
        process.start();
        return process;
    }
}
