package proclab.mp;

/** A child JVM could not be started at all; the message says which command failed and why. */
public class ProcessStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProcessStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
