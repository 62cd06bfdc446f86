package proclab.sync;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.Array;
import proclab.mp.Timeline;

/**
 * A crossing with a traffic light, for a light that runs a number of cycles (red, then green)
 * and cars named {@code car-1} to {@code car-N}. The light shows its colours with
 * {@link #showRed()} and {@link #showGreen()}, which also keep the colour on for a while; a car
 * {@link #arrive}s and later {@link #cross}es.
 *
 * <p>The cars come in waves, so that the tests are sure of what they see: car 1 comes in the
 * light's first red phase, car 2 in the second, and so on around the cycles. A red phase lasts
 * until all cars of its wave have arrived, and a little longer; a green phase lasts until the
 * cars of its wave and the waves before have crossed, and at least a moment. Cars numbered above
 * {@code cycles * carsPerCycle} are latecomers: they come whenever they are started, also after
 * the light's last cycle. A phase gives up waiting for the cars after 20 seconds, and a car gives
 * up waiting for its red phase after 60.
 *
 * <p>On mp's timeline, the light marks {@code light.red} and {@code light.green}, and a car
 * marks {@code road.arrive} and {@code road.cross}.
 */
public final class Road implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration ARRIVAL_PATIENCE = Duration.ofSeconds(60);
    private static final Duration RED_AFTER_LAST_ARRIVAL = Duration.ofMillis(300);
    private static final Duration SHORTEST_GREEN = Duration.ofMillis(200);

    private static final int AWAY = 0;
    private static final int ARRIVED = 1;
    private static final int CROSSED = 2;

    private static final int REDS = 0;
    private static final int GREENS = 1;

    private final int cycles;
    private final int waveCars;
    private final int allCars;
    /** Where each car is; each slot is written only by its own car. */
    private final Array<Integer> cars;
    /** How many red and green phases the light has begun; written only by the light. */
    private final Array<Integer> phases = Array.ints(2);

    /**
     * A crossing for a light of {@code cycles} cycles, {@code carsPerCycle} cars in each wave, and
     * {@code latecomers} more cars that come after the last wave.
     */
    public Road(int cycles, int carsPerCycle, int latecomers) {
        if (cycles < 1 || carsPerCycle < 0 || latecomers < 0) {
            throw new IllegalArgumentException("a road needs at least 1 cycle and no negative number of cars");
        }
        this.cycles = cycles;
        this.waveCars = cycles * carsPerCycle;
        this.allCars = waveCars + latecomers;
        this.cars = Array.ints(Math.max(1, allCars));
    }

    /** How many cars use this road, latecomers included: they are {@code car-1} to {@code car-N}. */
    public int cars() {
        return allCars;
    }

    /** The wave cars: the latecomers are the cars above this number. */
    public int waveCars() {
        return waveCars;
    }

    /** The light turns red and stays red for the red phase. */
    public void showRed() {
        int red = phases.get(REDS) + 1;
        Timeline.record("light.red", "phase " + red);
        phases.set(REDS, red);
        System.out.println("        RED");
        Waiting.until(() -> allOfWavesHave(red, red, ARRIVED), PATIENCE);
        Waiting.hold(RED_AFTER_LAST_ARRIVAL);
    }

    /** The light turns green and stays green for the green phase. */
    public void showGreen() {
        int green = phases.get(GREENS) + 1;
        Timeline.record("light.green", "phase " + green);
        phases.set(GREENS, green);
        System.out.println("        GREEN");
        int lastWave = Math.min(green, phases.get(REDS));
        long began = System.nanoTime();
        Waiting.until(() -> System.nanoTime() - began >= SHORTEST_GREEN.toNanos()
                && allOfWavesHave(1, lastWave, CROSSED), PATIENCE);
    }

    /** The car comes to the crossing: a wave car when its red phase has begun, a latecomer at once. */
    public void arrive(String car) {
        int number = numberOf(car);
        if (number <= waveCars) {
            int wave = waveOf(number);
            Waiting.until(() -> phases.get(REDS) >= wave, ARRIVAL_PATIENCE);
        }
        Timeline.record("road.arrive", car);
        cars.set(number - 1, ARRIVED);
        System.out.println(car + " arrives at the crossing");
    }

    /** The car drives across. */
    public void cross(String car) {
        int number = numberOf(car);
        if (cars.get(number - 1) != ARRIVED) {
            throw new IllegalStateException(car + " wants to cross but has not arrived, or has crossed already:"
                    + " call road.arrive(\"" + car + "\") once, before it crosses.");
        }
        Timeline.record("road.cross", car);
        cars.set(number - 1, CROSSED);
        System.out.println(car + " crosses");
    }

    /** True if every wave car of waves {@code first} to {@code last} is at least at {@code place}. */
    private boolean allOfWavesHave(int first, int last, int place) {
        for (int number = 1; number <= waveCars; number++) {
            int wave = waveOf(number);
            if (wave >= first && wave <= last && cars.get(number - 1) < place) {
                return false;
            }
        }
        return true;
    }

    private int waveOf(int number) {
        return (number - 1) % cycles + 1;
    }

    private int numberOf(String car) {
        return Waiting.numberIn(car, "car-", allCars);
    }
}
