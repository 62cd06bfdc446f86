package proclab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import proclab.grader.grading.Shard;

class ShardTest {
    @Test
    void theShardsOfAClassTakeEverySubmissionExactlyOnce() {
        List<Integer> all = IntStream.range(0, 23).boxed().toList();
        List<Integer> together = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            together.addAll(Shard.parse(i + "/4").of(all));
        }
        assertThat(together).containsExactlyInAnyOrderElementsOf(all);
        assertThat(Shard.parse("2/4").of(all)).containsExactly(1, 5, 9, 13, 17, 21);
    }

    @Test
    void aShardThatIsNotIOfNIsRefusedWithAnExample() {
        for (String bad : List.of("0/4", "5/4", "x", "1/0", "1-2")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2/4");
        }
    }
}
