package proclab.pool;

import java.io.Serializable;
import java.time.Duration;

import proclab.mp.Event;
import proclab.mp.Timeline;

/**
 * One page of a news site, and what fetching it brings back: its headline. {@link NewsSite} makes
 * the pages. Fetching is meant to run in a pool's worker: {@code pool.map(Page::fetch, pages)}.
 *
 * <p>Some pages arrive only after another page has arrived (the site is slow on those), so the
 * pages of a site finish in another order than the one they were asked in. Each fetch is noted
 * on mp's timeline as {@code page.fetched}.
 */
public final class Page implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How long a page waits for the page it arrives after. Long: a busy machine is slow. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final String address;
    private final String headline;
    private final Event arrived = new Event();
    /** The page this one arrives after, or null. */
    private final Page after;

    Page(String address, String headline, Page after) {
        this.address = address;
        this.headline = headline;
        this.after = after;
    }

    public String address() {
        return address;
    }

    /** The headline that {@link #fetch()} brings back: for the tests to compare with. */
    public String headline() {
        return headline;
    }

    /**
     * Fetches the page and returns its headline. A page that arrives after another one waits
     * for it: fetch them at the same time, in different processes, or this page never comes.
     */
    public String fetch() throws InterruptedException {
        if (after != null && !after.arrived.await(PATIENCE)) {
            throw new IllegalStateException(address + " waited " + PATIENCE.toSeconds() + " s for " + after.address
                    + ", which the site sends first, but nobody fetched it meanwhile. Fetch the pages at the"
                    + " same time, one page per task, in a pool with more than one worker.");
        }
        arrived.set();
        Timeline.record("page.fetched", address);
        return headline;
    }

    @Override
    public String toString() {
        return address;
    }
}
