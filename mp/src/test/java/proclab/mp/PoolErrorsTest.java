package proclab.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

/** Exceptions in tasks come back to the caller; misuse fails at once with a message that says what to do. */
class PoolErrorsTest {

    @Test
    void anExceptionInATaskIsThrownByGetWithTheWorkersStackTraceAsItsCause() {
        try (Pool pool = new Pool(2)) {
            AsyncResult<Integer> result = pool.applyAsync(PoolTasks::failOnThree, 3);

            assertThatThrownBy(result::get).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("three is not allowed")
                    .satisfies(thrown -> assertThat(Arrays.toString(thrown.getStackTrace()))
                            .as("the thrown exception's own stack: where get() was called")
                            .contains("PoolErrorsTest"))
                    .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("three is not allowed")
                    .satisfies(cause -> assertThat(Arrays.toString(cause.getStackTrace()))
                            .as("the cause's stack: the worker's, down to the task")
                            .contains("PoolTasks.failOnThree", "PoolWorker.run"));
            assertThat(result.successful()).isFalse();
            assertThat(pool.apply(PoolTasks::square, 5)).as("the pool after a task failed").isEqualTo(25);
        }
    }

    @Test
    void mapThrowsTheExceptionOfTheItemThatFailed() {
        try (Pool pool = new Pool(2)) {
            assertThatThrownBy(() -> pool.map(PoolTasks::failOnThree, List.of(1, 2, 3, 4), 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("three is not allowed")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
            assertThat(pool.map(PoolTasks::failOnThree, List.of(1, 2, 4))).containsExactly(1, 2, 4);
        }
    }

    /** An exception whose class offers no public constructor to copy it with. */
    static final class SeatTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SeatTaken(int seat) {
            super("seat " + seat + " is taken");
        }
    }

    @Test
    void theExceptionKeepsItsClassWhicheverConstructorsTheClassHas() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.apply(x -> 1 / x, 0)).as("a class with only a (String) constructor")
                    .isInstanceOf(ArithmeticException.class).hasMessage("/ by zero")
                    .hasCauseInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> pool.apply(() -> {
                throw new AssertionError("an assert in a task");
            })).as("an Error").isInstanceOf(AssertionError.class).hasMessage("an assert in a task")
                    .hasCauseInstanceOf(AssertionError.class);
            assertThatThrownBy(() -> pool.apply(() -> {
                throw new SeatTaken(12);
            })).as("a class without public constructors").isInstanceOf(CompletionException.class)
                    .hasMessageContaining("seat 12 is taken").hasCauseInstanceOf(SeatTaken.class);
        }
    }

    /** An exception that holds something no process can receive. */
    static final class HoldsAThread extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Thread thread = Thread.currentThread();

        HoldsAThread(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return super.toString() + " in " + thread.getName();
        }
    }

    @Test
    void anExceptionThatCannotBeSerializedComesBackAsAStandInThatSaysWhy() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.apply(() -> {
                throw new HoldsAThread("the ticket office is closed");
            })).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("HoldsAThread: the ticket office is closed")
                    .hasMessageContaining("could not be sent back")
                    .hasMessageContaining("java.lang.Thread is not Serializable")
                    .cause().satisfies(cause -> assertThat(Arrays.toString(cause.getStackTrace()))
                            .as("the stand-in keeps the worker's stack trace").contains("PoolErrorsTest"));
        }
    }

    @Test
    void imapThrowsAFailedItemsExceptionInItsPlaceThenGoesOn() {
        try (Pool pool = new Pool(2)) {
            IMapIterator<Integer> results = pool.imap(PoolTasks::failOnThree, List.of(1, 2, 3, 4));
            assertThat(results.next()).isEqualTo(1);
            assertThat(results.next()).isEqualTo(2);
            assertThatThrownBy(results::next).isInstanceOf(IllegalArgumentException.class).hasMessage("three is not allowed");
            assertThat(results.next()).isEqualTo(4);
            assertThat(results.hasNext()).isFalse();
            assertThatThrownBy(results::next).isInstanceOf(NoSuchElementException.class);

            IMapIterator<Integer> chunked = pool.imap(PoolTasks::failOnThree, List.of(1, 2, 3, 4, 5), 2);
            assertThat(List.of(chunked.next(), chunked.next())).containsExactly(1, 2);
            assertThatThrownBy(chunked::next).as("the chunk [3, 4]").isInstanceOf(IllegalArgumentException.class);
            assertThat(chunked.next()).as("the chunk after the one that failed").isEqualTo(5);
        }
    }

    @Test
    void imapUnorderedThrowsAFailedItemsExceptionWhenItsTurnComes() {
        try (Pool pool = new Pool(2)) {
            IMapIterator<Integer> results = pool.imapUnordered(PoolTasks::failOnThree, List.of(1, 2, 3, 4));
            List<Integer> values = new ArrayList<>();
            List<Throwable> errors = new ArrayList<>();
            while (results.hasNext()) {
                try {
                    values.add(results.next());
                } catch (IllegalArgumentException e) {
                    errors.add(e);
                }
            }
            assertThat(values).containsExactlyInAnyOrder(1, 2, 4);
            assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("three is not allowed");
        }
    }

    @Test
    void aCheckedExceptionComesAsTheCauseOfACompletionException() {
        try (Pool pool = new Pool(2)) {
            assertThatThrownBy(() -> pool.apply(PoolTasks::readMissingFile, "tickets.json"))
                    .isInstanceOf(CompletionException.class).hasMessageContaining("no such file: tickets.json")
                    .cause().isInstanceOf(IOException.class).hasMessage("no such file: tickets.json");
        }
    }

    @Test
    void theErrorCallbackGetsTheWorkersException() {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        try (Pool pool = new Pool(2)) {
            AsyncResult<Integer> result = pool.applyAsync(PoolTasks::failOnThree, 3, value -> { }, errors::add);
            result.await();
            assertThat(errors).singleElement().isInstanceOf(IllegalArgumentException.class)
                    .extracting(Throwable::getMessage).isEqualTo("three is not allowed");
        }
    }

    @Test
    void aCallbackThatThrowsDoesNotStopThePool() {
        try (Pool pool = new Pool(2)) {
            AsyncResult<Integer> first = pool.applyAsync(PoolTasks::square, 2, value -> {
                throw new IllegalStateException("a careless callback");
            }, null);
            assertThat(first.get()).isEqualTo(4);
            assertThat(pool.apply(PoolTasks::square, 3)).isEqualTo(9);
        }
    }

    @Test
    void aFunctionThatCannotBeSerializedFailsInTheCallerNamingWhatCapturedIt() {
        Thread notSerializable = Thread.currentThread();
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.applyAsync(() -> notSerializable.getName()))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("the function given to Pool.applyAsync")
                    .hasMessageContaining("java.lang.Thread is not Serializable")
                    .hasMessageContaining("captured by the lambda in proclab.mp.PoolErrorsTest");
        }
    }

    @Test
    void anArgumentThatCannotBeSerializedFailsInTheCallerNamingItsType() {
        try (Pool pool = new Pool(1)) {
            List<Object> items = List.of("fine", new Object());
            assertThatThrownBy(() -> pool.map(String::valueOf, items))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("item 1 of Pool.map")
                    .hasMessageContaining("java.lang.Object is not Serializable");
            assertThat(pool.map(String::valueOf, List.of("still", "works"))).containsExactly("still", "works");
        }
    }

    @Test
    void aResultThatCannotBeSerializedFailsItsTask() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.apply(() -> new Object()))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("the result of a task")
                    .hasMessageContaining("java.lang.Object is not Serializable");
        }
    }

    @Test
    void badSizesAreRefusedWithTheRule() {
        assertThatThrownBy(() -> new Pool(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a pool needs at least 1 process, not 0");
        assertThatThrownBy(() -> new Pool(1, null, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxTasksPerChild must be 0 (no limit) or more");
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.map(PoolTasks::square, List.of(1), 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("chunksize must be 1 or more, not 0");
        }
    }

    @Test
    void starmapSaysWhichItemHasTheWrongNumberOfArguments() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.starmap(Integer::sum, List.of(List.of(1, 2), List.of(3))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a function of 2 arguments needs a list of 2 arguments for each call,"
                            + " but item 1 is [3]");
        }
    }

    @Test
    void aFailingInitializerBreaksThePoolInsteadOfRestartingWorkersForever() {
        try (Pool pool = new Pool(2, () -> {
            throw new IllegalStateException("no database");
        })) {
            assertThatThrownBy(() -> pool.apply(PoolTasks::square, 2)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("initializer failed").hasMessageContaining("no database");
            assertThatThrownBy(() -> pool.apply(PoolTasks::square, 2)).as("a task submitted after that")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("The pool is broken");
        }
    }
}
