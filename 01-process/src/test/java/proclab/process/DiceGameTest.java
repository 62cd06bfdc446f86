package proclab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import proclab.testkit.Graded;
import proclab.testkit.TimelineFile;
import proclab.testkit.TimelineFile.Event;

/** Task 3: the die is rolled in a child; only the timeline and the value returned tell what it rolled. */
class DiceGameTest {
    private static final long TEST_PID = ProcessHandle.current().pid();
    private static final int ROLLS = 10;

    /** The rolls of the die so far, as Die.roll() noted them. */
    private static List<Event> rolls() {
        List<Event> rolls = TimelineFile.current().stream().filter(e -> e.action().equals("roll")).toList();
        assertThat(rolls).withFailMessage("No die was rolled: roll with Die.roll(), so that the rolls can be seen.")
                .isNotEmpty();
        return rolls;
    }

    @Graded(task = 3, points = 8, hint = "The child adds to its own copy of points; the parent's copy stays as it "
            + "was. Let the child send its points back: put them in a Queue made by the parent, and get them in "
            + "the parent (a Pipe or a file work too).")
    void theChildsPointsComeBack() throws Exception {
        int returned = DiceGame.rollInChild(ROLLS);

        List<Event> rolls = rolls();
        int total = rolls.stream().mapToInt(e -> Integer.parseInt(e.detail())).sum();
        String sum = rolls.stream().map(Event::detail).collect(Collectors.joining("+"));
        assertThat(returned).withFailMessage("rollInChild(%d) returned %d, but the child rolled %s = %d.", ROLLS,
                returned, sum, total).isEqualTo(total);
    }

    @Graded(task = 3, points = 7, hint = "Roll inside the target of a started Process. rollInChild itself runs in "
            + "the parent, and so does a Process's run() when you call it yourself.")
    void theDieIsRolledInAChild() throws Exception {
        DiceGame.rollInChild(ROLLS);

        List<Event> rolls = rolls();
        for (Event roll : rolls) {
            assertThat(roll.pid()).withFailMessage("The die was rolled by pid %d, which is the parent (the test's "
                    + "JVM), not a child process.", roll.pid()).isNotEqualTo(TEST_PID);
        }
        assertThat(rolls).withFailMessage("rollInChild(%d) rolled the die %d times.", ROLLS, rolls.size())
                .hasSize(ROLLS);
        long rollers = rolls.stream().map(Event::pid).distinct().count();
        assertThat(rollers).withFailMessage("The rolls of rollInChild(%d) came from %d processes; one child "
                + "should roll them all.", ROLLS, rollers).isEqualTo(1);
    }
}
