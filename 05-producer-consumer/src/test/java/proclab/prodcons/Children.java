package proclab.prodcons;

import java.util.List;

import proclab.mp.Process;
import proclab.mp.Target;
import proclab.mp.Timeline;
import proclab.testkit.TimelineFile.Event;

/** Processes that a test starts itself, to run the student's cook or eater in them. */
final class Children {
    /** The timeline event that says a child ran into a TODO of the skeleton. */
    private static final String TODO = "test.todo";

    private Children() {
    }

    /**
     * A process that runs {@code body}. If the body throws the skeleton's TODO exception, the child
     * notes it on the timeline, so that the test can tell "not started" from "wrong".
     */
    static Process named(String name, Target body) {
        return new Process(name, () -> {
            try {
                body.run();
            } catch (UnsupportedOperationException e) {
                if (String.valueOf(e.getMessage()).startsWith("TODO")) {
                    Timeline.record(TODO, e.getMessage());
                }
                throw e;
            }
        });
    }

    /**
     * Throws the skeleton's TODO exception again in the test if a child ran into one, so that the
     * score board says "not started" rather than "failed".
     */
    static void rethrowTodo(Trace trace) {
        List<Event> todos = trace.actions(TODO);
        if (!todos.isEmpty()) {
            throw new UnsupportedOperationException(todos.get(0).detail() + " (in " + todos.get(0).process() + ")");
        }
    }
}
