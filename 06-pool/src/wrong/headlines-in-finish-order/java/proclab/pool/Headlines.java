package proclab.pool;

import java.util.ArrayList;
import java.util.List;

import proclab.mp.Pool;

/** Task 1: the headlines of a news site's pages, fetched by a pool, in the order of the pages. */
public final class Headlines {
    private Headlines() {
    }

    /** Fetches every page in the pool's workers; the headlines in the order of {@code pages}. */
    public static List<String> fetchAll(Pool pool, List<Page> pages) {
        List<String> headlines = new ArrayList<>();
        for (String headline : pool.imapUnordered(Page::fetch, pages)) {
            headlines.add(headline);
        }
        return headlines;
    }
}
