package proclab.pool;

import java.util.List;

import proclab.mp.Pool;

/** Task 1: the headlines of a news site's pages, fetched by a pool, in the order of the pages. */
public final class Headlines {
    private Headlines() {
    }

    /** Fetches every page in the pool's workers; the headlines in the order of {@code pages}. */
    public static List<String> fetchAll(Pool pool, List<Page> pages) {
        // TODO 1: fetch every page (Page::fetch) in the workers of the pool you are given, and
        // return the headlines in the order of the pages, not in the order the fetches finished.
        throw new UnsupportedOperationException("TODO 1: fetch the pages in the pool, headlines in the pages' order");
    }
}
