package proclab.mp;

import proclab.mp.internal.PackedWriter;

/**
 * One task of a submission, encoded: {@code calls} calls of the submission's function, whose
 * arguments {@code arguments} holds; or, with no submission, a record that stops a worker.
 *
 * @param index the task's number within its submission
 */
record PoolTask(Submission submission, int index, int calls, PackedWriter arguments) {
    static final PoolTask STOP = new PoolTask(null, -1, 0, null);

    Job job() {
        return submission.job();
    }

    /** The record that carries this task, numbered {@code recordNo}. */
    byte[] record(long recordNo) {
        if (this == STOP) {
            return PoolRecords.stop(recordNo);
        }
        return PoolRecords.task(recordNo, submission.function(), submission.arity(), calls, arguments);
    }
}
