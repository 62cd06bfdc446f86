package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Value} and {@link Array}, as CPython's {@code _TestValue} and {@code _TestArray} state them. */
class SharedValueTest {
    private static final int PROCESSES = 8;
    private static final int INCREMENTS = 1_000;

    @RegisterExtension
    final Children children = new Children();

    @Test
    void valuesSetByAChildAreSeenByTheParent() {
        Value<Integer> i = Value.of(4343);
        Value<Double> d = Value.of(3.625);
        Value<Long> q = Value.of(1L << 33);
        Value<Boolean> b = Value.of(false);
        Value<Character> c = Value.of('x');
        assertThat(List.of(i.get(), d.get(), q.get(), b.get(), c.get())).containsExactly(4343, 3.625, 1L << 33, false, 'x');

        children.start(() -> {
            i.set(24234);
            d.set(-4.25);
            q.set(1L << 34);
            b.set(true);
            c.set('y');
        });
        children.joinAll();

        assertThat(List.of(i.get(), d.get(), q.get(), b.get(), c.get())).containsExactly(24234, -4.25, 1L << 34, true, 'y');
    }

    @Test
    void aValueHasAnRLockUnlessGivenALock() {
        assertThat(Value.of(5).getLock()).isInstanceOf(RLock.class);
        Lock lock = new Lock();
        assertThat(Value.of(5, lock).getLock()).isSameAs(lock);
    }

    @Test
    void eightProcessesIncrementingUnderALockLoseNothing() {
        Lock lock = new Lock();
        Value<Integer> counter = Value.of(0, lock);
        Event go = new Event();
        children.start(PROCESSES, n -> () -> {
            go.await();
            for (int i = 0; i < INCREMENTS; i++) {
                try (var held = counter.getLock().hold()) {
                    counter.set(counter.get() + 1);
                }
            }
        });
        go.set();
        children.joinAll();

        assertThat(counter.get()).as("%d processes x %d increments under a lock", PROCESSES, INCREMENTS)
                .isEqualTo(PROCESSES * INCREMENTS);
    }

    /**
     * The same without the lock loses updates, on every run: each read is held for a millisecond
     * ({@link Delays} at {@code value.get}), so processes read the same count and write back the
     * same sum.
     */
    @Test
    void eightProcessesIncrementingWithoutALockLoseUpdates() {
        Value<Integer> counter = Value.of(0);
        Event go = new Event();
        Delays.set("value.get", Duration.ofMillis(1));
        try {
            children.start(PROCESSES, n -> () -> {
                go.await();
                for (int i = 0; i < INCREMENTS; i++) {
                    counter.set(counter.get() + 1);
                }
            });
        } finally {
            Delays.clear();
        }
        go.set();
        children.joinAll();

        assertThat(counter.get()).as("%d processes x %d increments without a lock, reads delayed 1 ms:"
                + " the race must lose updates", PROCESSES, INCREMENTS).isLessThan(PROCESSES * INCREMENTS);
    }

    @Test
    void anArraySharedWithAChildSeesItsChanges() {
        int[] seq = {680, 626, 934, 821, 150, 233, 548, 982, 714, 831};
        Array<Integer> array = Array.of(seq);
        assertThat(array.length()).isEqualTo(seq.length);
        assertThat(array.get(3)).isEqualTo(seq[3]);
        for (int i = 4; i < 8; i++) {
            array.set(i, i - 3);
            seq[i] = i - 3;
        }
        assertThat(array.toList()).containsExactly(box(seq));

        children.start(() -> {
            for (int i = 1; i < array.length(); i++) {
                array.set(i, array.get(i) + array.get(i - 1));
            }
        });
        children.joinAll();

        for (int i = 1; i < seq.length; i++) {
            seq[i] += seq[i - 1];
        }
        assertThat(array.toList()).as("the running sums a child wrote into the array").containsExactly(box(seq));
    }

    @Test
    void aNewArrayHoldsZerosAndChecksItsIndexes() {
        for (int attempt = 0; attempt < 3; attempt++) {
            Array<Integer> array = Array.ints(10);
            assertThat(array.toList()).containsOnly(0).hasSize(10);
            for (int i = 0; i < 10; i++) {
                array.set(i, i);
            }
        }
        Array<Double> doubles = Array.of(1.5, 2.5);
        assertThat(doubles.toList()).containsExactly(1.5, 2.5);
        assertThat(Array.longs(2).toList()).containsExactly(0L, 0L);
        assertThat(doubles.getLock()).isInstanceOf(RLock.class);
        assertThatThrownBy(() -> doubles.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> doubles.set(-1, 0.0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Array.ints(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Integer[] box(int[] values) {
        return Arrays.stream(values).boxed().toArray(Integer[]::new);
    }
}
