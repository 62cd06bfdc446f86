package proclab.daemon;

import static org.awaitility.Awaitility.await;
import static proclab.daemon.Programs.LINE;

import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;

import proclab.testkit.Graded;
import proclab.testkit.ProcessTrees;
import proclab.testkit.RunningProgram;

/** Task 5: LifelineParent runs in a JVM of its own and starts LifelineChild with the JDK alone. */
class LifelineTest {
    /** Lines of work the child must print while its parent lives. */
    private static final int WORK = 10;

    @Graded(task = 5, points = 5, hint = "The child's command is this JVM's java, -cp with this JVM's classpath,"
            + " and the class name. Inherit the child's output; leave its stdin a pipe, and keep that pipe open.")
    void theChildWorksWhileItsParentLives() {
        try (RunningProgram parent = startParent()) {
            long child = childOf(parent);
            awaitWork(parent, child, WORK);

            long childsParent = ProcessHandle.of(child).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
            if (childsParent != parent.pid()) {
                throw parent.failure("Process " + child + " is not a child of the parent program (pid " + parent.pid()
                        + "): its parent is " + childsParent + ".");
            }
        }
    }

    @Graded(task = 5, points = 10, hint = "A parent killed with -9 runs no more code: no shutdown hook, no finally."
            + " The operating system still closes its end of the child's stdin, so the child reads end of file.")
    void theChildGoesWhenItsParentIsKilled() {
        try (RunningProgram parent = startParent()) {
            long child = childOf(parent);
            awaitWork(parent, child, 3);

            parent.kill();

            Programs.awaitGone(parent, List.of(child), left -> "The child (pid " + child + ") was still running "
                    + Programs.DEATH.toSeconds() + " s after its parent (pid " + parent.pid() + ") was killed with -9,"
                    + " an orphan now" + adopter(child) + ": nothing in it noticed that its parent was gone.");
        }
    }

    @Graded(task = 5, points = 5, hint = "A JVM does not wait for the children it started with ProcessBuilder."
            + " When the parent's JVM exits, the end of file on the child's stdin comes just as it does after -9.")
    void theChildGoesWhenItsParentEnds() {
        try (RunningProgram parent = startParent("1")) {
            long child = childOf(parent);
            Programs.awaitMainLine(parent, "parent done"::equals, "'parent done'");
            Programs.awaitEnd(parent, () -> "The parent program was still running " + Programs.END.toSeconds()
                    + " s after it printed 'parent done'. " + parent.transcript());

            Programs.awaitGone(parent, List.of(child), left -> "The child (pid " + child + ") was still running "
                    + Programs.DEATH.toSeconds() + " s after its parent (pid " + parent.pid() + ") had ended, an"
                    + " orphan now" + adopter(child) + ": nothing in it noticed that its parent was gone.");
        }
    }

    /**
     * Starts the parent with an empty stdin, as if run with {@code < /dev/null}: its own stdin must
     * not be its child's lifeline. (A terminal as stdin would be as wrong: it stays open after the
     * parent dies.)
     */
    private static RunningProgram startParent(String... args) {
        RunningProgram parent = Programs.start(LifelineParent.class, args);
        parent.closeInput();
        return parent;
    }

    private static long childOf(RunningProgram parent) {
        String line = Programs.awaitMainLine(parent, l -> l.startsWith("child ") && !l.startsWith("child working"),
                "the pid of its child");
        return Long.parseLong(line.substring("child ".length()));
    }

    /** Waits for the child's n-th line of work; fails if the child ends first. */
    private static void awaitWork(RunningProgram parent, long child, int lines) {
        String wanted = "child working " + lines;
        try {
            await().pollInterval(Duration.ofMillis(20)).atMost(LINE)
                    .until(() -> parent.stdout().contains(wanted) || !ProcessTrees.isAlive(child));
        } catch (ConditionTimeoutException e) {
            throw parent.failure("Waited " + LINE.toSeconds() + " s for the child to print '" + wanted + "'. "
                    + parent.transcript());
        }
        if (!parent.stdout().contains(wanted)) {
            throw parent.failure("The child (pid " + child + ") ended while its parent was still running, before it"
                    + " printed '" + wanted + "'. " + parent.transcript());
        }
    }

    private static String adopter(long child) {
        return ProcessHandle.of(child).flatMap(ProcessHandle::parent).map(p -> " adopted by pid " + p.pid()).orElse("");
    }
}
