package proclab.pool;

import java.util.ArrayList;
import java.util.List;

/**
 * A news site whose pages come in a mixed-up order: page 1 arrives only after page 2, page 3
 * only after page 4, and so on. Fetched at the same time, the pages finish 2, 1, 4, 3, ...
 */
public final class NewsSite {
    private static final String[] HEADLINES = {
        "Rain expected all week",
        "City opens a new library",
        "Local team wins the cup",
        "Bread prices go up again",
        "Night trains return in May",
        "School starts an hour later",
        "Old bridge gets a new coat of paint",
        "Museum free on Sundays",
        "River cleaner than ten years ago",
        "Bike lanes on every main street",
    };

    private NewsSite() {
    }

    /** The site's first {@code count} pages, in the order a reader would list them. */
    public static List<Page> pages(int count) {
        if (count < 1 || count > HEADLINES.length) {
            throw new IllegalArgumentException("the site has 1 to " + HEADLINES.length + " pages, not " + count);
        }
        List<Page> pages = new ArrayList<>();
        // Made from the last to the first, so that each odd page can point at the page after it.
        Page next = null;
        for (int n = count; n >= 1; n--) {
            Page after = n % 2 == 1 && n < count ? next : null;
            Page page = new Page("news.example/page-" + n, HEADLINES[n - 1], after);
            pages.add(0, page);
            next = page;
        }
        return pages;
    }
}
