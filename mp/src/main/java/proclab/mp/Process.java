package proclab.mp;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import proclab.mp.internal.ChildHandle;
import proclab.mp.internal.Launcher;

/**
 * A child process running on a JVM of its own: Python's {@code multiprocessing.Process}.
 *
 * <pre>{@code
 * Process p = new Process(() -> System.out.println("hello from " + Process.currentProcess().name()));
 * p.start();
 * p.join();
 * System.out.println(p.exitCode());   // 0
 * }</pre>
 *
 * <p>The child is a new JVM started with this JVM's {@code java} and classpath. The process
 * object itself travels to it serialized: the target lambda and what it captures, or the fields of
 * a subclass that overrides {@link #run()}. Nothing else is shared: a static field changed in the
 * child stays changed only in the child.
 *
 * <p>Exit codes follow Python: {@code null} while running, {@code 0} after a normal end, {@code 1}
 * after an uncaught exception (the child prints it to its stderr under a {@code Process NAME:}
 * line), the code given to {@code System.exit}, and {@code -N} when the child was ended by signal
 * {@code N} ({@code -15} after {@link #terminate()}, {@code -9} after {@link #kill()}).
 *
 * <p>When this JVM's main code ends, its daemon children are terminated and its other children are
 * waited for before the JVM exits. A daemon child also dies when its parent dies abruptly.
 */
public class Process implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Target target;
    private final int[] identity;
    private final long creatorPid;
    private String name;
    private boolean daemon;

    /** The parent's handle on the running child; set by {@link #start()}. */
    private transient volatile ChildHandle child;
    private transient volatile boolean closed;
    /** The child's exit goes into the timeline once, by whoever notices it first. */
    private transient AtomicBoolean exitRecorded;

    /** A process that runs {@code target}; its name is {@code Process-N}. */
    public Process(Target target) {
        this(null, Objects.requireNonNull(target, "target"));
    }

    /** A process with a chosen name that runs {@code target}. */
    public Process(String name, Target target) {
        ProcessTree tree = ProcessTree.get();
        this.target = target;
        this.identity = tree.nextChildIdentity();
        this.creatorPid = tree.pid();
        this.daemon = tree.current().isDaemon();
        this.name = name != null ? name : defaultName(identity);
    }

    /** For subclasses that override {@link #run()}; the default name is {@code ClassName-N}. */
    protected Process() {
        this(null, null);
    }

    /** For subclasses that override {@link #run()}, with a chosen name. */
    protected Process(String name) {
        this(name, null);
    }

    /** For the views of the current process and of the parent. */
    Process(String name, int[] identity, boolean daemon) {
        this(name, identity, daemon, -1, null);
    }

    /** A process object rebuilt in its child from the fields {@link ProcessCodec} sent. */
    Process(String name, int[] identity, boolean daemon, long creatorPid, Target target) {
        this.target = target;
        this.identity = identity;
        this.creatorPid = creatorPid;
        this.name = name;
        this.daemon = daemon;
    }

    private String defaultName(int[] id) {
        String type = getClass() == Process.class || getClass().getSimpleName().isEmpty()
                ? "Process" : getClass().getSimpleName();
        StringBuilder sb = new StringBuilder(type).append('-');
        for (int i = 0; i < id.length; i++) {
            sb.append(i == 0 ? "" : ":").append(id[i]);
        }
        return sb.toString();
    }

    /** What the child runs. Calls the target by default; subclasses may override it instead. */
    public void run() throws Exception {
        if (target != null) {
            target.run();
        }
    }

    /** Starts the child JVM and hands this process object to it. */
    public void start() {
        ProcessTree tree = ProcessTree.get();
        synchronized (this) {
            checkOpen();
            if (this == tree.current()) {
                throw new IllegalStateException(name + " is the current process: it is already running");
            }
            if (child != null) {
                throw new IllegalStateException(name + ": cannot start a process twice");
            }
            if (creatorPid != tree.pid()) {
                throw new IllegalStateException(name
                        + ": can only start a process object created by the current process");
            }
            if (tree.current().isDaemon()) {
                throw new IllegalStateException("daemonic processes are not allowed to have children: "
                        + tree.current().name() + " is a daemon, so it cannot start " + name);
            }
            tree.reapFinished();
            byte[] payload = ProcessCodec.encode(this);
            exitRecorded = new AtomicBoolean();
            child = Launcher.get().start(name, tree.childSpec(), payload);
            child.whenEnded(this::recordExit);
            tree.adopt(this);
        }
    }

    private void recordExit() {
        ChildHandle c = child;
        if (c != null && !c.isAlive() && exitRecorded.compareAndSet(false, true)) {
            Timeline.recordFor(name, c.pid(), "exit", "code=" + c.exitCode());
        }
    }

    /** Waits until the child ends. */
    public void join() {
        startedChild("join").join();
        recordExit();
    }

    /** Waits at most {@code timeout} for the child to end; on timeout it returns and the child runs on. */
    public void join(Duration timeout) {
        startedChild("join").join(timeout);
        recordExit();
    }

    /** True from {@link #start()} until the child ends. */
    public boolean isAlive() {
        checkOpen();
        if (this == ProcessTree.get().current()) {
            return true;
        }
        ChildHandle c = child;
        return c != null && c.isAlive();
    }

    /** Ends the child with SIGTERM (Windows: TerminateProcess); its exit code becomes -15. */
    public void terminate() {
        startedChild("terminate").terminate();
    }

    /** Ends the child with SIGKILL; its exit code becomes -9. */
    public void kill() {
        startedChild("kill").kill();
    }

    /** The child's exit code, or {@code null} while it runs. */
    public Integer exitCode() {
        return startedChild("read the exit code of").exitCode();
    }

    /** The child's process id, or {@code null} before {@link #start()}. */
    public Long pid() {
        checkOpen();
        if (this == ProcessTree.get().current()) {
            return ProcessTree.get().pid();
        }
        ChildHandle c = child;
        return c == null ? null : c.pid();
    }

    /** Releases what the parent holds for this process. An error while the child still runs. */
    public void close() {
        ChildHandle c = child;
        if (c != null && c.isAlive()) {
            throw new IllegalStateException("Cannot close " + name
                    + " while it is still running: call join() or terminate() first");
        }
        if (c != null) {
            c.close();
            ProcessTree.get().forget(this);
        }
        closed = true;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public boolean isDaemon() {
        return daemon;
    }

    /** Marks the process as a daemon; only before {@link #start()}, as in Python. */
    public void setDaemon(boolean daemon) {
        synchronized (this) {
            if (child != null) {
                throw new IllegalStateException(name
                        + ": process has already started; set daemon before calling start()");
            }
            this.daemon = daemon;
        }
    }

    int[] identity() {
        return identity.clone();
    }

    Target target() {
        return target;
    }

    long creatorPid() {
        return creatorPid;
    }

    /** The handle of a started child, or an error that says what was called too early. */
    private ChildHandle startedChild(String action) {
        checkOpen();
        if (this == ProcessTree.get().current()) {
            throw new IllegalStateException(name + " is the current process: only its parent can "
                    + action + " it");
        }
        ChildHandle c = child;
        if (c == null) {
            throw new IllegalStateException("cannot " + action + " " + name
                    + ": it has not been started; call start() first");
        }
        return c;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(name + ": process object is closed");
        }
    }

    // ---------------------------------------------------------------- the process tree

    /** This JVM's own process: {@code MainProcess} in the root, the running process object in a child. */
    public static Process currentProcess() {
        return ProcessTree.get().current();
    }

    /** The process that started this one, or {@code null} in the root. */
    public static Process parentProcess() {
        return ProcessTree.get().parent();
    }

    /** The children of this process that are still running; finished ones are reaped on the way. */
    public static List<Process> activeChildren() {
        return ProcessTree.get().activeChildren();
    }

    /** The number of CPUs this JVM may use. */
    public static int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<").append(getClass().getSimpleName().isEmpty()
                ? "Process" : getClass().getSimpleName()).append(" name='").append(name).append('\'');
        ChildHandle c = child;
        if (closed) {
            sb.append(" closed");
        } else if (this == ProcessTree.get().current()) {
            sb.append(" pid=").append(ProcessTree.get().pid()).append(" current");
        } else if (c == null) {
            sb.append(" initial");
        } else {
            Integer code = c.isAlive() ? null : c.exitCode();
            sb.append(" pid=").append(c.pid()).append(" parent=").append(creatorPid);
            sb.append(code == null ? " started" : " stopped exitcode=" + code);
        }
        if (daemon) {
            sb.append(" daemon");
        }
        return sb.append('>').toString();
    }
}
