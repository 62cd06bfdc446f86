package proclab.daemon;

import proclab.mp.Process;

public final class ExportJob {
    private ExportJob() {
    }

    public static void main(String[] args) throws Exception {
        startSpinner();
        Export.run();
    }

    static Process startSpinner() {
        Process spinner = new Process("spinner", Spinner::spin);
        spinner.start();
        return spinner;
    }
}
