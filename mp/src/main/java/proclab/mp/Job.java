package proclab.mp;

/**
 * What waits for the tasks of one submission to a {@link Pool}: an {@link AsyncResult}, or an
 * {@link IMapIterator}. Each task is a chunk of {@code chunksize} consecutive calls. The pool's
 * supervisor thread reports each task's outcome exactly once; termination may report failures
 * from another thread.
 */
interface Job {
    /** Task {@code task} ended well; {@code results} holds its calls' results in order. */
    void taskDone(int task, Object[] results);

    void taskFailed(int task, TaskFailure failure);
}
