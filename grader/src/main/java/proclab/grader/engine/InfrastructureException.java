package proclab.grader.engine;

/**
 * The grader itself could not do its work: a missing compiler, a course that does not build, a
 * JVM that could not start. It is reported as an infrastructure error, never as a student's score.
 */
public class InfrastructureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InfrastructureException(String message) {
        super(message);
    }

    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
