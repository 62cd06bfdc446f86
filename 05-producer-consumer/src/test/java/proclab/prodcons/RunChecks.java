package proclab.prodcons;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks that every test of a run makes: the processes ended, by themselves, without an error. */
final class RunChecks {
    private RunChecks() {
    }

    /**
     * Fails unless {@code code} returned, every process it started ended by itself before that, and
     * none ended with an error.
     */
    static void ranCleanly(ShopRun.Outcome run, String code) {
        Trace trace = run.trace();
        Children.rethrowTodo(trace);
        if (run.ending() == ShopRun.Ending.STUCK) {
            fail(stuckStory(run, code));
        }
        if (run.ending() == ShopRun.Ending.TOO_SLOW) {
            fail("After " + ShopRun.LIMIT.toSeconds() + " s, " + (run.returned() ? "" : code + " had not returned and ")
                    + Trace.names(run.stillRunning()) + " still ran, so the test ended them. On a very busy computer"
                    + " this can be plain slowness: then run the test again when the computer is quieter.");
        }
        if (!run.leftRunning().isEmpty()) {
            fail(code + " returned while " + Trace.names(run.leftRunning()) + " still ran. Join every process you"
                    + " start before you return.");
        }
        List<String> crashed = new ArrayList<>();
        for (Map.Entry<String, Integer> exit : trace.exitCodes().entrySet()) {
            if (exit.getValue() != 0) {
                crashed.add(exit.getKey() + " (exit code " + exit.getValue() + ")");
            }
        }
        if (!crashed.isEmpty()) {
            fail(Trace.names(crashed) + " ended with an error. Exit code 1 means an exception in the process's"
                    + " code: its stack trace is in the test output above, under \"Process "
                    + crashed.get(0).split(" ")[0] + ":\".");
        }
    }

    /** Why the shop is stuck: who waits, and how many times CLOSED was put for how many eaters. */
    private static String stuckStory(ShopRun.Outcome run, String code) {
        Trace trace = run.trace();
        List<String> waiting = run.stillRunning();
        int closedPut = trace.puts(Buns.CLOSED).size();
        int eaters = (int) trace.started().stream().filter(name -> name.startsWith("eater")).count();
        StringBuilder story = new StringBuilder(code + " never returned: " + Trace.names(waiting)
                + (waiting.size() == 1 ? " was" : " were") + " still waiting for a bun at an empty counter, and none"
                + " could come any more: no cook was left, and " + code + " waited in join(). ");
        List<String> ateClosed = trace.eatenOf(Buns.CLOSED).stream().map(e -> e.process()).distinct().toList();
        if (!ateClosed.isEmpty()) {
            story.append(Trace.names(ateClosed)).append(" took CLOSED and ate it as if it were a bun, then waited"
                    + " for the next one. Compare each item with Buns.CLOSED.equals(item), and return when it is"
                    + " CLOSED: == compares objects, and an item from a queue is always a new object.");
        } else if (closedPut < eaters) {
            story.append(closedPut).append(closedPut == 1 ? " CLOSED was" : " CLOSED were").append(" put for ")
                    .append(eaters).append(" eaters. Each eater goes home at the first CLOSED it takes, and takes"
                    + " nothing after it: put one CLOSED for each eater.");
        } else {
            story.append("They never took a CLOSED: put one CLOSED for each eater once the cooks are done.");
        }
        return story.toString();
    }
}
