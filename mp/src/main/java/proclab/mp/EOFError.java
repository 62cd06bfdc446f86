package proclab.mp;

/**
 * The other end of a {@link Pipe} is closed and nothing is left to read: Python's
 * {@code EOFError}, under its Python name so that the tutorials' code reads the same.
 */
public class EOFError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EOFError(String message) {
        super(message);
    }
}
