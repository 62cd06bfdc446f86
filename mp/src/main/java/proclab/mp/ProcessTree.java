package proclab.mp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import proclab.mp.internal.ChildSpec;
import proclab.mp.internal.ExitActions;
import proclab.mp.internal.Launcher;
import proclab.mp.internal.TreeDirectory;

/**
 * This JVM's place in the process tree: which process it is, who its parent is, and which
 * children it has started. One per JVM.
 */
final class ProcessTree {
    private static final Object LOCK = new Object();
    private static volatile ProcessTree instance;

    private volatile long pid;
    private final ParentProcess parent;
    private volatile Process current;
    private final AtomicInteger childCounter = new AtomicInteger();
    private final Set<Process> children = new LinkedHashSet<>();
    private final AtomicBoolean exitSequenceRegistered = new AtomicBoolean();

    private ProcessTree(Process current, ParentProcess parent) {
        this.current = current;
        this.parent = parent;
    }

    static ProcessTree get() {
        ProcessTree tree = instance;
        if (tree != null) {
            return tree;
        }
        synchronized (LOCK) {
            if (instance == null) {
                instance = new ProcessTree(new Process("MainProcess", new int[0], false), null);
            }
            return instance;
        }
    }

    /**
     * Makes this JVM a child: called by {@link ChildMain} before anything else touches the tree.
     * The current process is set once its object has been deserialized.
     */
    static ProcessTree becomeChild(ChildSpec spec) {
        synchronized (LOCK) {
            if (instance != null) {
                throw new IllegalStateException("the process tree was used before the child bootstrap");
            }
            instance = new ProcessTree(null, new ParentProcess(spec.parentName(), spec.parentPid()));
            TreeDirectory.adopt(spec.treeDirectory(), spec.authkey());
            return instance;
        }
    }

    void setCurrent(Process process) {
        this.current = process;
    }

    /** Looked up when first needed: ProcessHandle's set-up is a cost a child's boot can skip. */
    long pid() {
        long known = pid;
        if (known == 0) {
            known = ProcessHandle.current().pid();
            pid = known;
        }
        return known;
    }

    Process current() {
        return current;
    }

    ParentProcess parent() {
        return parent;
    }

    /** Python numbers children by construction: Process-1, Process-2; a child's own: Process-2:1. */
    int[] nextChildIdentity() {
        Process self = current;
        int[] mine = self == null ? new int[0] : self.identity();
        int[] id = java.util.Arrays.copyOf(mine, mine.length + 1);
        id[mine.length] = childCounter.incrementAndGet();
        return id;
    }

    /**
     * What a child needs to know about this process, and the settings it inherits: the
     * {@code proclab.*} system properties, but for {@code proclab.internal.*}, which belong to
     * one JVM.
     */
    ChildSpec childSpec() {
        Map<String, String> inherited = new TreeMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key instanceof String k && k.startsWith("proclab.") && !k.startsWith("proclab.internal.")
                    && value instanceof String v) {
                inherited.put(k, v);
            }
        });
        TreeDirectory shared = TreeDirectory.get();
        return new ChildSpec(pid(), current.name(), inherited, shared.path().toString(), shared.authkey());
    }

    void adopt(Process child) {
        synchronized (children) {
            children.add(child);
        }
        registerExitSequence();
    }

    /** Python's order at exit: in the root once it has children, in a child always. */
    void registerExitSequence() {
        if (exitSequenceRegistered.compareAndSet(false, true)) {
            ExitActions.register(ExitActions.CHILDREN, new Runnable() { // not a lambda: see ChildMain
                @Override
                public void run() {
                    runExitSequence();
                }
            });
        }
    }

    void forget(Process child) {
        synchronized (children) {
            children.remove(child);
        }
    }

    /** Drops the children that have ended, as Python's {@code _cleanup()}. */
    void reapFinished() {
        activeChildren();
    }

    List<Process> activeChildren() {
        List<Process> alive = new ArrayList<>();
        synchronized (children) {
            children.removeIf(p -> !p.isAlive());
            alive.addAll(children);
        }
        return alive;
    }

    /**
     * What a process does when its main code ends, in Python's order: spare JVMs go, daemon
     * children are terminated, then every remaining child is waited for.
     */
    void runExitSequence() {
        Launcher.get().shutdown();
        for (Process p : activeChildren()) {
            if (p.isDaemon()) {
                p.terminate();
            }
        }
        for (Process p : activeChildren()) {
            p.join();
        }
    }
}
