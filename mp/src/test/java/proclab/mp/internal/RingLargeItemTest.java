package proclab.mp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** An item too large for the ring travels in a file of its own, and only while the ring holds its record. */
class RingLargeItemTest {

    private static long filesInTreeDirectory() throws IOException {
        try (Stream<?> files = Files.list(TreeDirectory.get().path())) {
            return files.count();
        }
    }

    @Test
    void aLargeItemThatFindsNoRoomLeavesNoFileBehind() throws IOException {
        Ring ring = Ring.create("large-item-test", 4096);
        while (ring.write(new byte[1], 0, 0, () -> false).isPresent()) {
            // fill every byte of the ring with the smallest records
        }
        long before = filesInTreeDirectory();

        for (int i = 0; i < 50; i++) {
            assertThat(ring.write(new byte[2048], 0, 0, () -> false)).as("a write into the full ring").isEmpty();
        }

        assertThat(filesInTreeDirectory()).as("files in the tree's directory after 50 writes that found no room")
                .isEqualTo(before);
    }

    @Test
    void aLargeItemComesBackWholeAndItsFileGoes() throws IOException {
        Ring ring = Ring.create("large-item-test", 4096);
        byte[] large = new byte[3000];
        large[2999] = 42;
        long before = filesInTreeDirectory();

        assertThat(ring.write(large, 0, 0, () -> false)).isPresent();
        assertThat(filesInTreeDirectory()).as("while the ring holds it").isEqualTo(before + 1);
        byte[] back = ring.read(0, () -> false).bytes();

        assertThat(back).isEqualTo(large);
        assertThat(filesInTreeDirectory()).as("once it was read").isEqualTo(before);
    }
}
