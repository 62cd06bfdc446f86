package proclab.daemon;

import proclab.mp.Timeline;

/** The real work of task 1: it exports a report of eight pages, in a bit more than a second. */
public final class Export {
    static final int PAGES = 8;

    private Export() {
    }

    public static void run() throws InterruptedException {
        Timeline.record("export.start", PAGES + " pages");
        for (int page = 1; page <= PAGES; page++) {
            Thread.sleep(150);
            System.out.println("export: page " + page + " of " + PAGES);
        }
        Timeline.record("export.done", "");
        System.out.println("export done");
    }
}
