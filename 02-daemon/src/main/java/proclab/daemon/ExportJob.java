package proclab.daemon;

import proclab.mp.Process;

/**
 * Task 1. Exports a report while a spinner turns. The spinner never ends by itself, yet the
 * program must end as soon as the export is done.
 */
public final class ExportJob {
    private ExportJob() {
    }

    public static void main(String[] args) throws Exception {
        startSpinner();
        Export.run();
    }

    /** Starts {@link Spinner#spin()} in a process of its own that does not keep the program alive. */
    static Process startSpinner() {
        // TODO 1: create a Process that runs Spinner.spin(), make it a daemon, start it and return it.
        throw new UnsupportedOperationException("TODO 1: start the spinner as a daemon process");
    }
}
