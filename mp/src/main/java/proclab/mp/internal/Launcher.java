package proclab.mp.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import proclab.mp.ProcessStartException;

/**
 * Starts child JVMs. A JVM takes a while to boot, so the launcher keeps a few spare ones booted
 * and waiting for work ({@code proclab.mp.spares}, default {@value #DEFAULT_SPARES}; 0 turns them
 * off). A spare becomes an ordinary child when it receives its boot frame: same command, same
 * parent, its own pid; unused spares exit with this JVM.
 */
public final class Launcher {
    static final int DEFAULT_SPARES = 1;
    /** Where the launcher lists its idle spares, so that leak checks in tests can tell them apart. */
    public static final String SPARE_PIDS_PROPERTY = "proclab.internal.sparePids";

    private static final Launcher INSTANCE = new Launcher();

    private final Deque<ChildJvm> spares = new ArrayDeque<>();
    /** Made on first use: a child that never starts children of its own never pays for it. */
    private ExecutorService refiller;
    private SecureRandom random;
    private List<String> command;
    private boolean commandChecked;
    private boolean shutDown;

    private Launcher() {
    }

    public static Launcher get() {
        return INSTANCE;
    }

    /** Starts a child running the serialized process; returns once its boot frame is sent. */
    public ChildHandle start(String name, ChildSpec spec, byte[] process) {
        ChildJvm jvm = takeSpare();
        if (jvm == null) {
            jvm = ChildJvm.launch(command(), name);
        }
        checkFirstBoot(jvm, name);
        String nonce = HexFormat.of().formatHex(nonceBytes());
        ChildHandle handle = new ChildHandle(jvm, ControlLines.exit(nonce));
        try {
            jvm.send(new BootFrame(name, nonce, spec, process));
        } catch (IOException e) {
            jvm.process().destroyForcibly();
            throw new ProcessStartException("Could not hand " + name + " to its child JVM (pid " + jvm.pid()
                    + "): " + e.getMessage() + ". It printed: " + String.join(" | ", jvm.stderr().tail()), e);
        }
        refillSpares();
        return handle;
    }

    private synchronized byte[] nonceBytes() {
        if (random == null) {
            random = new SecureRandom();
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * The first child of this JVM must boot before {@code start} returns, so that a wrong Java
     * path or a bad JVM option is an error in the caller, naming the command. Later children
     * use the same, proven command and do not wait.
     */
    private void checkFirstBoot(ChildJvm jvm, String name) {
        synchronized (this) {
            if (commandChecked) {
                return;
            }
        }
        jvm.awaitBoot(name);
        synchronized (this) {
            commandChecked = true;
        }
    }

    private synchronized List<String> command() {
        if (command == null) {
            command = JvmCommand.fromSystemProperties();
        }
        return command;
    }

    private synchronized ChildJvm takeSpare() {
        ChildJvm spare;
        while ((spare = spares.pollFirst()) != null) {
            if (spare.process().isAlive()) {
                publishSpares();
                return spare;
            }
        }
        publishSpares();
        return null;
    }

    private synchronized void refillSpares() {
        if (spareTarget() > 0 && !shutDown) {
            if (refiller == null) {
                refiller = Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "mp-spares");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            refiller.execute(this::topUpSpares);
        }
    }

    private void topUpSpares() {
        while (true) {
            synchronized (this) {
                if (shutDown || spares.size() >= spareTarget()) {
                    return;
                }
            }
            ChildJvm spare;
            try {
                spare = ChildJvm.launch(command(), "a spare JVM");
            } catch (ProcessStartException e) {
                return; // the next start() launches directly and reports the problem
            }
            synchronized (this) {
                if (shutDown) {
                    spare.release();
                    spare.process().destroy();
                    return;
                }
                spares.addLast(spare);
                publishSpares();
            }
        }
    }

    private static int spareTarget() {
        try {
            return Math.max(0, Integer.parseInt(System.getProperty("proclab.mp.spares", "" + DEFAULT_SPARES)));
        } catch (NumberFormatException e) {
            return DEFAULT_SPARES;
        }
    }

    private void publishSpares() {
        System.setProperty(SPARE_PIDS_PROPERTY,
                spares.stream().map(s -> Long.toString(s.pid())).collect(Collectors.joining(",")));
    }

    /** Ends the idle spares and stops making new ones: part of this JVM's exit. */
    public void shutdown() {
        synchronized (this) {
            shutDown = true;
            for (ChildJvm spare : spares) {
                spare.release(); // an idle spare halts at end of file
                spare.process().destroyForcibly();
            }
            // Wait for them: a thread still waiting for a child at exit delays this JVM's exit.
            for (ChildJvm spare : spares) {
                spare.awaitExit();
            }
            spares.clear();
            publishSpares();
        }
    }
}
