package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import proclab.testkit.TimelineFile;

class TimelineTest {
    @TempDir
    Path dir;

    @AfterEach
    void stopRecording() {
        Timeline.stop();
    }

    @Test
    void theParentRecordsTheLaunchBeforeTheChildStartsAndAfterTheLastOneEnded() throws Exception {
        Path file = dir.resolve("timeline.tsv");
        Timeline.recordTo(file);

        Process first = new Process("first", () -> { });
        first.start();
        first.join();
        Process second = new Process("second", () -> { });
        second.start();
        second.join();

        List<String> order = TimelineFile.read(file).stream()
                .filter(TimelineFile.actions("launch", "start", "exit"))
                .map(e -> e.process() + " " + e.action())
                .collect(Collectors.toList());
        assertThat(order).as("the process events in time order").containsExactly(
                "first launch", "first start", "first exit", "second launch", "second start", "second exit");
        TimelineFile.Event launch = TimelineFile.read(file).get(0);
        assertThat(launch.pid()).as("the pid of the launch event").isEqualTo(first.pid());
        assertThat(launch.detail()).isEqualTo("by MainProcess");
    }
}
