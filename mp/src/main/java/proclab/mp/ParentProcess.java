package proclab.mp;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The view a child has of the process that started it: Python's {@code parent_process()}.
 * It can be watched (name, pid, liveness, join) but not controlled.
 */
final class ParentProcess extends Process {
    private static final long serialVersionUID = 1L;

    private final long pid;
    private final transient CountDownLatch died = new CountDownLatch(1);

    ParentProcess(String name, long pid) {
        super(name, new int[0], false);
        this.pid = pid;
    }

    /** Called when the channel from the parent reaches end of file: the parent has died. */
    void markDead() {
        died.countDown();
    }

    /**
     * The end of file on stdin is the sure sign, but the thread that reads it may not have run yet
     * when the child's own code asks: the operating system is asked too.
     */
    @Override
    public boolean isAlive() {
        return died.getCount() > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public Long pid() {
        return pid;
    }

    @Override
    public void join() {
        try {
            died.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void join(Duration timeout) {
        try {
            died.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        throw notControllable("start");
    }

    @Override
    public void terminate() {
        throw notControllable("terminate");
    }

    @Override
    public void kill() {
        throw notControllable("kill");
    }

    @Override
    public Integer exitCode() {
        throw notControllable("read the exit code of");
    }

    private IllegalStateException notControllable(String action) {
        return new IllegalStateException("cannot " + action + " the parent process " + name()
                + ": a child can only watch its parent (name(), pid(), isAlive(), join())");
    }
}
