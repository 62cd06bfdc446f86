package proclab.mp;

/** One call, whose result completes an {@link AsyncResult}: {@code apply} and {@code applyAsync}. */
final class ApplyJob<R> implements Job {
    private final AsyncResult<R> result;

    ApplyJob(AsyncResult<R> result) {
        this.result = result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void taskDone(int task, Object[] results) {
        result.succeed((R) results[0]);
    }

    @Override
    public void taskFailed(int task, TaskFailure failure) {
        result.fail(failure);
    }
}
