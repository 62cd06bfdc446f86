package proclab.mp;

/** A put on a full bounded queue could not wait (or waited in vain): Python's {@code queue.Full}. */
public class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Full(String message) {
        super(message);
    }
}
