package proclab.grader.engine;

/** The pristine course itself does not build: an infrastructure error for every submission. */
public class CourseBuildException extends InfrastructureException {
    private static final long serialVersionUID = 1L;

    public CourseBuildException(String message) {
        super(message);
    }

    public CourseBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
