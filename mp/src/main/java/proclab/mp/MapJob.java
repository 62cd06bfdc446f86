package proclab.mp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The chunks of a {@code map} or {@code starmap}, put back in input order whatever order they
 * finish in. The first chunk that fails fails the whole map at once, as in Python.
 */
final class MapJob<R> implements Job {
    private final AsyncResult<List<R>> result;
    private final Object[] values;
    private final int chunksize;
    private int chunksLeft;

    MapJob(AsyncResult<List<R>> result, int items, int chunksize) {
        this.result = result;
        this.values = new Object[items];
        this.chunksize = chunksize;
        this.chunksLeft = (items + chunksize - 1) / chunksize;
        if (items == 0) {
            result.succeed(new ArrayList<>());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void taskDone(int task, Object[] results) {
        System.arraycopy(results, 0, values, task * chunksize, results.length);
        if (--chunksLeft == 0) {
            result.succeed(new ArrayList<>((List<R>) Arrays.asList(values)));
        }
    }

    @Override
    public synchronized void taskFailed(int task, TaskFailure failure) {
        result.fail(failure);
    }
}
