package proclab.mp;

import java.util.List;

import proclab.mp.internal.PackedWriter;

/**
 * One submission to a pool, encoded in the caller's thread so that a value that cannot be
 * serialized fails there: the function, and the arguments of every call packed one after another,
 * cut into tasks of {@code chunksize} calls.
 */
final class Submission {
    private final Job job;
    private final FunctionCache.Prepared function;
    private final int arity;
    private final int calls;
    private final int chunksize;
    private final PackedWriter arguments;
    /** Where each task's arguments start in {@link #arguments}, and where the last one ends. */
    private final int[] taskStarts;

    private Submission(Job job, FunctionCache.Prepared function, int arity, int calls, int chunksize,
            PackedWriter arguments, int[] taskStarts) {
        this.job = job;
        this.function = function;
        this.arity = arity;
        this.calls = calls;
        this.chunksize = chunksize;
        this.arguments = arguments;
        this.taskStarts = taskStarts;
    }

    /**
     * Encodes the calls. With {@code arity} 1 each item is the argument of one call; with 2 or 3
     * it is the list of a call's arguments; with 0 each item stands for a call without arguments.
     *
     * @param method names the pool method in error messages, e.g. "Pool.map"
     */
    static Submission encode(Job job, FunctionCache.Prepared function, int arity, List<?> items, int chunksize,
            String method) {
        int tasks = (items.size() + chunksize - 1) / chunksize;
        int[] taskStarts = new int[tasks + 1];
        PackedWriter arguments = new PackedWriter(16 + items.size() * (1 + 5 * arity));
        int index = 0;
        int task = 0;
        int leftInTask = 0;
        for (Object item : items) {
            if (leftInTask == 0) {
                taskStarts[task++] = arguments.size();
                leftInTask = chunksize;
            }
            leftInTask--;
            // The names for error messages are made only when needed: they would cost more than the items.
            if (arity == 1) {
                if (!arguments.writeCompact(item)) {
                    arguments.writeSerialized(item, "item " + index + " of " + method);
                }
            } else if (arity > 1) {
                for (Object argument : argumentList(item, arity, index, method)) {
                    if (!arguments.writeCompact(argument)) {
                        arguments.writeSerialized(argument, "an argument of item " + index + " of " + method);
                    }
                }
            }
            index++;
        }
        taskStarts[tasks] = arguments.size();
        return new Submission(job, function, arity, items.size(), chunksize, arguments, taskStarts);
    }

    private static List<?> argumentList(Object item, int arity, int index, String method) {
        if (!(item instanceof List<?> list) || list.size() != arity) {
            throw new IllegalArgumentException(method + " with a function of " + arity + " arguments needs a list of "
                    + arity + " arguments for each call, but item " + index + " is " + item
                    + ". Pass a list of argument lists, e.g. List.of(List.of(1, 2), List.of(3, 4)).");
        }
        return list;
    }

    Job job() {
        return job;
    }

    int tasks() {
        return taskStarts.length - 1;
    }

    /** The record of task {@code task}, numbered {@code recordNo}. */
    byte[] record(int task, long recordNo) {
        int count = Math.min(chunksize, calls - task * chunksize);
        return PoolRecords.task(recordNo, function, arity, count, arguments, taskStarts[task], taskStarts[task + 1]);
    }
}
