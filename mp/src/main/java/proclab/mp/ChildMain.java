package proclab.mp;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import proclab.mp.internal.BootFrame;
import proclab.mp.internal.ChildSpec;
import proclab.mp.internal.ControlLines;
import proclab.mp.internal.ExitActions;
import proclab.mp.internal.Serialization;

/**
 * The entry point of every child JVM. It reads its boot frame from stdin, becomes the process it
 * describes, runs it and exits with Python's exit code. Stdin stays open to the parent: end of
 * file there means the parent has died, and then a daemon child ends too.
 */
final class ChildMain {
    private static final int EXIT_ON_SIGTERM = 128 + 15;

    private ChildMain() {
    }

    public static void main(String[] args) {
        FileInputStream stdin = new FileInputStream(FileDescriptor.in);
        // A channel, not the stream: closing it at exit wakes the thread blocked reading it. A
        // thread blocked in a plain native read delays the JVM's exit by 300 ms.
        FileChannel control = stdin.getChannel();
        System.setIn(InputStream.nullInputStream()); // the child's code reads no stdin, as in Python
        writeControlLine(ControlLines.READY);
        warmUpIfIdle(stdin);

        BootFrame frame;
        try {
            frame = BootFrame.readFrom(new DataInputStream(Channels.newInputStream(control)));
        } catch (EOFException e) {
            Runtime.getRuntime().halt(0); // a spare that was never used
            return;
        } catch (IOException e) {
            System.err.println("proclab: a child JVM could not read its boot frame: " + e);
            Runtime.getRuntime().halt(1);
            return;
        }
        System.exit(run(frame, control));
    }

    private static int run(BootFrame frame, FileChannel control) {
        ChildSpec spec = frame.spec();
        for (Map.Entry<String, String> property : spec.properties().entrySet()) {
            System.setProperty(property.getKey(), property.getValue());
        }
        ProcessTree tree = ProcessTree.becomeChild(spec);
        terminateOnSigterm();
        ExitActions.register(ExitActions.RELEASE_PARENT, new CloseQuietly(control));
        tree.registerExitSequence();
        ExitActions.register(ExitActions.REPORT_EXIT, new ReportExit(frame.exitNonce()));

        Process self;
        try {
            self = ProcessCodec.decode(frame.process());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            System.err.println("Process " + frame.processName() + ": could not load the process in its child JVM: " + e);
            return 1;
        }
        tree.setCurrent(self);
        Thread watcher = new Thread(new ParentWatch(control, tree, self.isDaemon()), "mp-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        Timeline.record("start", self.isDaemon() ? "daemon" : "");
        try {
            self.run();
            return 0;
        } catch (Throwable t) {
            System.err.println("Process " + self.name() + ":");
            t.setStackTrace(withoutBootFrames(t.getStackTrace()));
            t.printStackTrace();
            return 1;
        }
    }

    /**
     * The stack without the frames below the target's own code: this class, the process's
     * {@code run()} and the reflective call of a lambda. What is left is the program's code, as
     * the traceback of a Python child shows little more than the target.
     */
    private static StackTraceElement[] withoutBootFrames(StackTraceElement[] stack) {
        int end = stack.length;
        while (end > 1 && isBootFrame(stack[end - 1])) {
            end--;
        }
        return Arrays.copyOf(stack, end);
    }

    private static boolean isBootFrame(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.equals(ChildMain.class.getName()) || type.equals(LambdaCall.class.getName())
                || (type.equals(Process.class.getName()) && frame.getMethodName().equals("run"))
                || type.startsWith("jdk.internal.reflect.") || type.equals("java.lang.reflect.Method");
    }

    /*
     * The classes below would be lambdas anywhere else. This is every child's boot path, and a
     * JVM's first lambda costs several milliseconds of set-up: plain classes are cheaper here.
     */

    /** A daemon ends with its parent; any child learns that its parent is gone. */
    private static final class ParentWatch implements Runnable {
        private final FileChannel control;
        private final ProcessTree tree;
        private final boolean daemon;

        ParentWatch(FileChannel control, ProcessTree tree, boolean daemon) {
            this.control = control;
            this.tree = tree;
            this.daemon = daemon;
        }

        @Override
        public void run() {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            try {
                while (control.read(buffer.clear()) >= 0) {
                    // the parent writes nothing after the boot frame; keep reading until end of file
                }
            } catch (ClosedChannelException e) {
                return; // this child is exiting and closed the channel itself
            } catch (IOException e) {
                // a broken pipe says the same as end of file
            }
            tree.parent().markDead();
            if (daemon) {
                Runtime.getRuntime().halt(EXIT_ON_SIGTERM);
            }
        }
    }

    /** Stops listening to the parent: a thread blocked in a read would delay the exit. */
    private static final class CloseQuietly implements Runnable {
        private final FileChannel channel;

        CloseQuietly(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void run() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    /** The last line of an orderly exit, after everything the child printed. */
    private static final class ReportExit implements Runnable {
        private final String nonce;

        ReportExit(String nonce) {
            this.nonce = nonce;
        }

        @Override
        public void run() {
            System.out.flush();
            System.err.flush();
            writeControlLine(ControlLines.exit(nonce));
        }
    }

    /** Python's terminate() ends the child at once, without its exit path: so does SIGTERM here. */
    @SuppressWarnings("removal")
    private static void terminateOnSigterm() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), new sun.misc.SignalHandler() {
                @Override
                public void handle(sun.misc.Signal signal) {
                    Runtime.getRuntime().halt(EXIT_ON_SIGTERM);
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGTERM on this platform: terminate() ends the process by other means.
        }
    }

    /** A spare JVM boots long before it has work: use the wait to load what every child needs. */
    private static void warmUpIfIdle(FileInputStream control) {
        try {
            if (control.available() > 0) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        Target sample = () -> { };
        Serialization.deserializeTrusted(Serialization.serialize(sample, "a warm-up lambda"));
    }

    private static void writeControlLine(String line) {
        PrintStream raw = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        raw.print(line + "\n");
        raw.flush();
    }
}
