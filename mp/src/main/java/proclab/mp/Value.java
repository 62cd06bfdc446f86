package proclab.mp;

import java.io.Serializable;

import proclab.mp.internal.Arena;
import proclab.mp.internal.Segment;

/**
 * One number (or boolean, or char) in memory that processes share: Python's
 * {@code multiprocessing.Value}. Each {@link #get()} and {@link #set} is atomic on its own, but
 * {@code v.set(v.get() + 1)} is two steps, and two processes doing it at once lose updates. Hold
 * {@link #getLock()} around such steps.
 *
 * <pre>{@code
 * Value<Integer> sold = Value.of(0);
 * try (var held = sold.getLock().hold()) {
 *     sold.set(sold.get() + 1);
 * }
 * }</pre>
 *
 * @param <T> Integer, Long, Double, Boolean or Character
 */
public final class Value<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Segment memory = Arena.allocate(Slot.SIZE);
    private final Slot slot;
    private final Acquirable lock;
    private final String name = SharedName.next("Value");

    private Value(Slot slot, Object initial, Acquirable lock) {
        this.slot = slot;
        this.lock = lock;
        memory.setLong(0, slot.encode(initial));
    }

    public static Value<Integer> of(int initial) {
        return new Value<>(Slot.INT, initial, new RLock());
    }

    public static Value<Long> of(long initial) {
        return new Value<>(Slot.LONG, initial, new RLock());
    }

    public static Value<Double> of(double initial) {
        return new Value<>(Slot.DOUBLE, initial, new RLock());
    }

    public static Value<Boolean> of(boolean initial) {
        return new Value<>(Slot.BOOLEAN, initial, new RLock());
    }

    public static Value<Character> of(char initial) {
        return new Value<>(Slot.CHAR, initial, new RLock());
    }

    /** An int value whose {@link #getLock()} is {@code lock}, as Python's {@code Value('i', 0, lock=lock)}. */
    public static Value<Integer> of(int initial, Acquirable lock) {
        return new Value<>(Slot.INT, initial, lock);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        T value = (T) slot.decode(memory.getLong(0));
        Timeline.record("value.get", name + "=" + value);
        Delays.at("value.get");
        return value;
    }

    public void set(T value) {
        Timeline.record("value.set", name + "=" + value);
        memory.setLong(0, slot.encode(value));
        Delays.at("value.set");
    }

    /** The lock that goes with this value: a new {@link RLock} unless one was given. */
    public Acquirable getLock() {
        return lock;
    }

    @Override
    public String toString() {
        return "<Value(" + slot.decode(memory.getLong(0)) + ")>";
    }
}
