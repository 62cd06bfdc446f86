package proclab.mp;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineOnFailure;

/**
 * {@link Delays}: pauses at named points, set here or by the system property, inherited by
 * children. Each pause is in the timeline, which shows also where none was made.
 */
@ExtendWith(TimelineOnFailure.class)
class DelaysTest {
    @RegisterExtension
    final Children children = new Children();

    @AfterEach
    void noDelaysLeft() {
        Delays.clear();
    }

    private static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The pauses in the timeline, as "process point duration". */
    private static List<String> pauses() {
        return TimelineFile.current().stream().filter(e -> e.action().equals("delay"))
                .map(e -> e.process() + " " + e.detail()).toList();
    }

    @Test
    void anActionPausesAtItsPointAndNowhereElse() {
        Value<Integer> value = Value.of(1);
        value.get();
        Delays.set("value.get", ofMillis(200));

        assertThat(timed(value::get)).as("a value.get delayed 200 ms").isGreaterThanOrEqualTo(ofMillis(200));
        value.set(2);

        assertThat(pauses()).as("pauses made").containsExactly("MainProcess value.get 200.0 ms");
    }

    @Test
    void thePropertyListsPointsWithMillisecondsFractionsAllowed() {
        System.setProperty(Delays.PROPERTY, "mine=150, other = 0.5");
        assertThat(timed(() -> Delays.at("mine"))).isGreaterThanOrEqualTo(ofMillis(150));
        assertThat(timed(() -> Delays.at("other"))).isGreaterThanOrEqualTo(Duration.ofNanos(500_000));
        Delays.at("unknown");
        Delays.set("mine", Duration.ZERO);
        Delays.at("mine");

        assertThat(pauses()).as("pauses made").containsExactly("MainProcess mine 150.0 ms", "MainProcess other 0.5 ms");
    }

    @Test
    void aMalformedDelaySaysHowToWriteIt() {
        System.setProperty(Delays.PROPERTY, "value.get=soon");
        assertThatThrownBy(() -> Delays.at("value.get")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value.get=soon").hasMessageContaining("point=milliseconds");
    }

    @Test
    void childrenInheritTheDelaysSetBeforeTheyStart() {
        Delays.set("child.point", ofMillis(100));
        children.start("delayed", () -> Delays.at("child.point"));
        Delays.clear();
        children.start("undelayed", () -> Delays.at("child.point"));
        children.joinAll();

        assertThat(pauses()).as("pauses made").containsExactly("delayed child.point 100.0 ms");
    }
}
