package proclab.mp;

/**
 * A connection between processes failed its authentication: one side did not know the other's
 * key. Python's {@code multiprocessing.AuthenticationError}, under its Python name.
 */
public class AuthenticationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationError(String message) {
        super(message);
    }
}
