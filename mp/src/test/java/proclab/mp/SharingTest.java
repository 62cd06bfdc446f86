package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static proclab.mp.Children.PATIENCE;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every primitive works from any process of the tree: here all of them are made in a child, which
 * captures them in the target of a grandchild and sends them to the parent through a queue.
 */
class SharingTest {
    @RegisterExtension
    final Children children = new Children();

    /** One of each primitive, made together so that they travel together. */
    record Kit(Lock lock, RLock rlock, Semaphore semaphore, Event event, Condition condition, Barrier barrier,
            Value<Integer> value, Array<Integer> array, Queue<String> queue, SimpleQueue<String> simpleQueue,
            JoinableQueue<String> joinableQueue, Connection pipeEnd) implements Serializable {

        /** The three processes meet twice at the barrier: the maker, its child and the test's process. */
        static Kit make(Connection pipeEnd) {
            return new Kit(new Lock(), new RLock(), new Semaphore(0), new Event(), new Condition(), new Barrier(3),
                    Value.of(0), Array.ints(3), new Queue<>(), new SimpleQueue<>(), new JoinableQueue<>(), pipeEnd);
        }

        /** What the grandchild does; the others check it after the first meeting. */
        void leaveMarks() {
            lock.acquire();
            rlock.acquire();
            semaphore.release();
            event.set();
            value.set(42);
            array.set(1, 7);
            queue.put("from the grandchild");
            simpleQueue.put("simply from the grandchild");
            joinableQueue.put("job from the grandchild");
            pipeEnd.send("piped from the grandchild");
        }

        /** What every process sees after the first meeting: the marks the grandchild left. */
        List<String> missingMarks() {
            List<String> missing = new ArrayList<>();
            check(missing, !lock.acquire(false), "the Lock held by the grandchild");
            check(missing, !rlock.acquire(false), "the RLock held by the grandchild");
            check(missing, semaphore.value() == 1, "the permit the grandchild released");
            check(missing, event.isSet(), "the event the grandchild set");
            check(missing, value.get() == 42, "the value 42 the grandchild set");
            check(missing, array.get(1) == 7, "the 7 the grandchild put at index 1 of the array");
            check(missing, queue.qsize() == 1, "the item the grandchild put in the queue");
            check(missing, !simpleQueue.empty(), "the item the grandchild put in the simple queue");
            check(missing, joinableQueue.qsize() == 1, "the item the grandchild put in the joinable queue");
            return missing;
        }

        private static void check(List<String> missing, boolean seen, String mark) {
            if (!seen) {
                missing.add(mark + " (in " + Process.currentProcess().name() + ")");
            }
        }
    }

    @Test
    void primitivesMadeInAChildServeItsChildAndItsParent() {
        Pipe pipe = new Pipe(false);
        Connection reader = pipe.first();
        Connection writer = pipe.second();
        Queue<Kit> handover = new Queue<>();
        Queue<List<String>> reports = new Queue<>();
        children.start("maker", () -> {
            Kit kit = Kit.make(writer);
            Process grandchild = new Process("grandchild", () -> {
                kit.leaveMarks();
                kit.barrier().await();
                kit.barrier().await();
                kit.lock().release();
                kit.rlock().release();
                kit.pipeEnd().close();
            });
            grandchild.setDaemon(true); // ends with the maker if the test kills it
            grandchild.start();
            handover.put(kit);
            writer.close(); // the grandchild and the parent have it in the kit
            kit.barrier().await();
            List<String> missing = kit.missingMarks();
            kit.barrier().await();
            try (var held = kit.condition().hold()) {
                if (!kit.condition().awaitFor(() -> kit.value().get() == 43, PATIENCE)) {
                    missing.add("the value 43 the parent set before notifying the condition");
                }
            }
            grandchild.join();
            if (grandchild.exitCode() != 0) {
                missing.add("a normal end of the grandchild: it exited with " + grandchild.exitCode());
            }
            reports.put(missing);
        });
        writer.close();
        Kit kit = handover.get(PATIENCE);
        kit.pipeEnd().close();

        kit.barrier().await();
        List<String> missing = kit.missingMarks();
        kit.barrier().await();
        assertThat(kit.queue().get(PATIENCE)).isEqualTo("from the grandchild");
        assertThat(kit.simpleQueue().get()).isEqualTo("simply from the grandchild");
        assertThat(kit.joinableQueue().get(PATIENCE)).isEqualTo("job from the grandchild");
        kit.joinableQueue().taskDone();
        kit.joinableQueue().join();
        assertThat((String) reader.recv()).isEqualTo("piped from the grandchild");
        assertThat(kit.semaphore().acquire(PATIENCE)).isTrue();
        try (var held = kit.condition().hold()) {
            kit.value().set(43);
            kit.condition().notifyAllWaiters();
        }

        assertThat(missing).as("marks of the grandchild the parent did not see").isEmpty();
        assertThat(reports.get(PATIENCE)).as("marks of the grandchild its own parent did not see").isEmpty();
        children.joinAll();
        assertThat(kit.lock().acquire(PATIENCE)).as("the Lock, released by the grandchild").isTrue();
        assertThat(kit.rlock().acquire(PATIENCE)).as("the RLock, released by the grandchild").isTrue();
        assertThatThrownBy(reader::recv).as("the pipe once every writer closed")
                .isInstanceOf(EOFError.class);
    }
}
