package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static proclab.mp.Children.PATIENCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Many processes put and get at once: every item comes out exactly once, and the items of each
 * producer come out in the order it put them.
 */
class QueueStressTest {
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;
    /** What a consumer gets to know that no more items will come. */
    private static final long STOP = -1;

    @RegisterExtension
    final Children children = new Children();

    /** An item names its producer and its place in that producer's sequence. */
    private static long item(int producer, int sequence) {
        return ((long) producer << 32) | sequence;
    }

    private static int producerOf(long item) {
        return (int) (item >>> 32);
    }

    private static int sequenceOf(long item) {
        return (int) item;
    }

    @ParameterizedTest(name = "{0} items through a queue of maxsize {1}")
    @CsvSource({"100000, 0", "20000, 16"})
    void manyProducersAndConsumersLoseAndDuplicateNothing(int items, int maxsize) {
        Queue<Long> queue = new Queue<>(maxsize);
        Queue<long[]> received = new Queue<>();
        int perProducer = items / PRODUCERS;
        List<Process> consumers = children.start(CONSUMERS, c -> () -> {
            long[] got = new long[items];
            int count = 0;
            for (long item = queue.get(); item != STOP; item = queue.get()) {
                got[count++] = item;
            }
            received.put(Arrays.copyOf(got, count));
        });
        List<Process> producers = children.start(PRODUCERS, p -> () -> {
            for (int i = 0; i < perProducer; i++) {
                queue.put(item(p, i));
            }
        });
        for (Process producer : producers) {
            assertThat(Children.exitCodeOf(producer)).as("exit code of producer %s", producer.name()).isZero();
        }
        for (int c = 0; c < consumers.size(); c++) {
            queue.put(STOP);
        }
        List<long[]> perConsumer = new ArrayList<>();
        for (int c = 0; c < consumers.size(); c++) {
            perConsumer.add(received.get(PATIENCE));
        }
        children.joinAll();

        List<String> outOfOrder = new ArrayList<>();
        int[][] seen = new int[PRODUCERS][perProducer];
        for (long[] got : perConsumer) {
            int[] lastOfProducer = new int[PRODUCERS];
            Arrays.fill(lastOfProducer, -1);
            for (long item : got) {
                int producer = producerOf(item);
                int sequence = sequenceOf(item);
                if (sequence <= lastOfProducer[producer]) {
                    outOfOrder.add("item " + sequence + " of producer " + producer + " after its item "
                            + lastOfProducer[producer]);
                }
                lastOfProducer[producer] = sequence;
                seen[producer][sequence]++;
            }
        }
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            for (int i = 0; i < perProducer; i++) {
                if (seen[p][i] == 0) {
                    lost.add("item " + i + " of producer " + p);
                } else if (seen[p][i] > 1) {
                    duplicated.add("item " + i + " of producer " + p + " (" + seen[p][i] + " times)");
                }
            }
        }
        assertThat(lost).as("items put and never got").isEmpty();
        assertThat(duplicated).as("items got more than once").isEmpty();
        assertThat(outOfOrder).as("items a consumer got out of their producer's order").isEmpty();
        assertThat(perConsumer.stream().mapToInt(got -> got.length).sum()).isEqualTo(items);
        assertThat(queue.empty()).isTrue();
    }
}
