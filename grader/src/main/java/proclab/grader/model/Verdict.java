package proclab.grader.model;

/** How one graded test ended in the grader. */
public enum Verdict {
    /** It passed. */
    PASSED,
    /** It failed: an assertion, an exception, a leaked process. */
    FAILED,
    /** The skeleton's {@code TODO} is still there. */
    NOT_STARTED,
    /** It ran out of time (its own limit or the lesson's). */
    TIMED_OUT,
    /** It never ran: the lesson did not compile, its JVM died or ran out of time before it. */
    DID_NOT_RUN;

    public boolean passed() {
        return this == PASSED;
    }
}
