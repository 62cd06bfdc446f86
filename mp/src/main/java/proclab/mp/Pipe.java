package proclab.mp;

import java.io.Serializable;

import proclab.mp.internal.Ring;

/**
 * A pipe between two processes: Python's {@code multiprocessing.Pipe}. It has two
 * {@link Connection} ends; what one end sends, the other receives.
 *
 * <pre>{@code
 * Pipe pipe = new Pipe();
 * Connection parentEnd = pipe.first();
 * Connection childEnd = pipe.second();
 * Process child = new Process(() -> childEnd.send("hello"));
 * child.start();
 * childEnd.close();                       // the parent does not use the child's end
 * System.out.println(parentEnd.<String>recv());
 * }</pre>
 *
 * <p>A one-way pipe ({@code new Pipe(false)}) receives on {@link #first()} and sends on
 * {@link #second()}, as Python's {@code Pipe(duplex=False)}.
 */
public final class Pipe implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_BYTES = 1 << 20;

    private final Connection first;
    private final Connection second;

    /** A two-way pipe. */
    public Pipe() {
        this(true);
    }

    public Pipe(boolean duplex) {
        String name = SharedName.next("Pipe");
        int bytes = Integer.getInteger("proclab.mp.pipeBytes", DEFAULT_BYTES);
        Ring toFirst = Ring.create("pipe", bytes);
        if (duplex) {
            Ring toSecond = Ring.create("pipe", bytes);
            first = new Connection(toFirst, toSecond, name + ".first");
            second = new Connection(toSecond, toFirst, name + ".second");
        } else {
            first = new Connection(toFirst, null, name + ".first");
            second = new Connection(null, toFirst, name + ".second");
        }
    }

    public Connection first() {
        return first;
    }

    public Connection second() {
        return second;
    }
}
