package proclab.grader.engine;

/** The pristine course itself does not build: an infrastructure error for every submission. */
public class CourseBuildException extends InfrastructureException {
    private static final long serialVersionUID = 1L;

    private final String compilerMessages;

    public CourseBuildException(String message, String compilerMessages) {
        super(message + (compilerMessages.isEmpty() ? "" : ":\n" + compilerMessages));
        this.compilerMessages = compilerMessages;
    }

    public CourseBuildException(String message, Throwable cause) {
        super(message, cause);
        this.compilerMessages = "";
    }

    /** What the compiler said, when it was a compilation that failed. */
    public String compilerMessages() {
        return compilerMessages;
    }
}
