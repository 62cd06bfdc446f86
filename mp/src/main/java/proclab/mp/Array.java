package proclab.mp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import proclab.mp.internal.Arena;
import proclab.mp.internal.Segment;

/**
 * A fixed-length array in memory that processes share: Python's {@code multiprocessing.Array}.
 * Each element read and write is atomic; hold {@link #getLock()} around steps that must not mix.
 *
 * @param <T> Integer, Long or Double
 */
public final class Array<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Segment memory;
    private final Slot slot;
    private final int length;
    private final Acquirable lock = new RLock();

    private Array(Slot slot, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("an array cannot have " + length + " elements");
        }
        this.slot = slot;
        this.length = length;
        this.memory = Arena.allocate(Math.max(1, length) * Slot.SIZE);
    }

    /** {@code length} zeros. */
    public static Array<Integer> ints(int length) {
        return new Array<>(Slot.INT, length);
    }

    public static Array<Long> longs(int length) {
        return new Array<>(Slot.LONG, length);
    }

    public static Array<Double> doubles(int length) {
        return new Array<>(Slot.DOUBLE, length);
    }

    public static Array<Integer> of(int... values) {
        Array<Integer> array = ints(values.length);
        for (int i = 0; i < values.length; i++) {
            array.set(i, values[i]);
        }
        return array;
    }

    public static Array<Double> of(double... values) {
        Array<Double> array = doubles(values.length);
        for (int i = 0; i < values.length; i++) {
            array.set(i, values[i]);
        }
        return array;
    }

    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) slot.decode(memory.getLong(offset(index)));
    }

    public void set(int index, T value) {
        memory.setLong(offset(index), slot.encode(value));
    }

    public int length() {
        return length;
    }

    /** A copy of the elements, as Python's {@code arr[:]}. */
    public List<T> toList() {
        List<T> copy = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            copy.add(get(i));
        }
        return copy;
    }

    public Acquirable getLock() {
        return lock;
    }

    private int offset(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " is outside this array of " + length);
        }
        return index * Slot.SIZE;
    }

    @Override
    public String toString() {
        return "<Array(" + toList() + ")>";
    }
}
