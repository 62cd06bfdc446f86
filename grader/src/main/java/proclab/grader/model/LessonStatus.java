package proclab.grader.model;

/** What happened to one lesson of one submission as a whole. */
public enum LessonStatus {
    /** Its tests ran; each test has its own verdict. */
    GRADED,
    /** The student's code did not compile: 0, with the compiler's message. */
    COMPILE_ERROR,
    /** The submission has no such lesson: 0. */
    MISSING,
    /** The submission could not be read (a broken archive, a path that leaves it): 0. */
    REJECTED,
    /** The grader itself failed: no score at all, to be regraded. Never the student's 0. */
    INFRA_ERROR;

    /** True when the lesson has a score, possibly 0; false for an infrastructure error. */
    public boolean scored() {
        return this != INFRA_ERROR;
    }
}
