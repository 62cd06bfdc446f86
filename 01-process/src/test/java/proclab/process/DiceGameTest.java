package proclab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import proclab.testkit.Graded;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** Task 3: the die is rolled in a child; only the timeline and the returned value tell what it rolled. */
class DiceGameTest {
    private static final long TEST_PID = ProcessHandle.current().pid();
    private static final int ROLLS = 10;

    private static List<Event> rolls() {
        return TimelineFile.current().stream().filter(e -> e.action().equals("roll")).toList();
    }

    @Graded(task = 3, points = 8, hint = "The child changes its own copy of points; the parent's copy stays as "
            + "it was. Let the child send its points back: put them in a Queue made by the parent, and get them "
            + "there (a Pipe or a file work too).")
    void theChildsPointsComeBack() {
        int returned = DiceGame.rollInChild(ROLLS);

        List<Event> rolls = rolls();
        assertThat(rolls).as("No die was rolled: roll with Die.roll(), so the rolls can be seen.").isNotEmpty();
        int total = rolls.stream().mapToInt(e -> Integer.parseInt(e.detail())).sum();
        String sum = rolls.stream().map(Event::detail).collect(Collectors.joining("+"));
        assertThat(returned).as("rollInChild(%d) returned %d, but the child rolled %s = %d.", ROLLS, returned,
                sum, total).isEqualTo(total);
    }

    @Graded(task = 3, points = 7, hint = "Roll inside the target of a started Process, not in rollInChild "
            + "itself, which runs in the parent.")
    void theDieIsRolledInAChild() {
        DiceGame.rollInChild(ROLLS);

        List<Event> rolls = rolls();
        assertThat(rolls).as("No die was rolled: roll with Die.roll(), so the rolls can be seen.").isNotEmpty();
        for (Event roll : rolls) {
            assertThat(roll.pid()).as("The die was rolled by pid %d, which is the parent (the test's JVM), not a "
                    + "child process.", roll.pid()).isNotEqualTo(TEST_PID);
        }
        assertThat(rolls).as("rollInChild(%d) rolled the die %d times.", ROLLS, rolls.size()).hasSize(ROLLS);
        assertThat(rolls.stream().map(Event::pid).distinct().count())
                .as("The rolls of rollInChild(%d) came from %d processes; one child should roll them all.", ROLLS,
                        rolls.stream().map(Event::pid).distinct().count())
                .isEqualTo(1);
    }
}
