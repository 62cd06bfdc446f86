package proclab.mp;

/** A get on an empty queue could not wait (or waited in vain): Python's {@code queue.Empty}. */
public class Empty extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Empty(String message) {
        super(message);
    }
}
