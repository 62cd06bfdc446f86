package proclab.mp;

import java.util.Iterator;
import java.util.List;

import proclab.mp.internal.PackedWriter;

/**
 * One submission to a pool: a function and its calls, cut into tasks of {@code chunksize} calls.
 * The caller's thread encodes the tasks one at a time, so that a value that cannot be serialized
 * fails there, and so that workers start on the first task while the next is being encoded.
 */
final class Submission {
    private final Job job;
    private final FunctionCache.Prepared function;
    private final int arity;
    private final int chunksize;
    private final String method;
    private final Iterator<?> items;
    private final int tasks;
    private int nextTask;
    private int nextItem;

    /**
     * @param arity  with 1 each item is the argument of one call; with 2 or 3 it is the list of a
     *               call's arguments; with 0 each item stands for a call without arguments
     * @param method names the pool method in error messages, e.g. "Pool.map"
     */
    Submission(Job job, FunctionCache.Prepared function, int arity, List<?> items, int chunksize, String method) {
        this.job = job;
        this.function = function;
        this.arity = arity;
        this.chunksize = chunksize;
        this.method = method;
        this.items = items.iterator();
        this.tasks = (items.size() + chunksize - 1) / chunksize;
    }

    Job job() {
        return job;
    }

    FunctionCache.Prepared function() {
        return function;
    }

    int arity() {
        return arity;
    }

    boolean hasNextTask() {
        return nextTask < tasks;
    }

    /** Encodes the next task; fails, naming the item, if an argument cannot be serialized. */
    PoolTask encodeNextTask() {
        PackedWriter arguments = new PackedWriter(16 + chunksize * (1 + 5 * arity));
        int calls = 0;
        while (calls < chunksize && items.hasNext()) {
            Object item = items.next();
            // The names for error messages are made only when needed: they would cost more than the items.
            if (arity == 1) {
                if (!arguments.writeCompact(item)) {
                    arguments.writeSerialized(item, "item " + nextItem + " of " + method);
                }
            } else if (arity > 1) {
                for (Object argument : argumentList(item)) {
                    if (!arguments.writeCompact(argument)) {
                        arguments.writeSerialized(argument, "an argument of item " + nextItem + " of " + method);
                    }
                }
            }
            nextItem++;
            calls++;
        }
        return new PoolTask(this, nextTask++, calls, arguments);
    }

    private List<?> argumentList(Object item) {
        if (!(item instanceof List<?> list) || list.size() != arity) {
            throw new IllegalArgumentException(method + " with a function of " + arity + " arguments needs a list of "
                    + arity + " arguments for each call, but item " + nextItem + " is " + item
                    + ". Pass a list of argument lists, e.g. List.of(List.of(1, 2), List.of(3, 4)).");
        }
        return list;
    }
}
