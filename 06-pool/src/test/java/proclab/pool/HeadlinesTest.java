package proclab.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import proclab.mp.Pool;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 1: eight pages of a news site, fetched by a pool of two. The site sends page 1 only after
 * page 2, page 3 only after page 4, and so on, so the fetches finish out of order on every run.
 */
class HeadlinesTest {
    private static final int PAGES = 8;

    @Graded(task = 1, points = 20, hint = "pool.map(Page::fetch, pages) runs the fetches in the workers and gives"
            + " the results back in the order of the pages. Use the pool you are given; do not make another.")
    void headlinesComeInTheOrderOfThePages() {
        List<Page> pages = NewsSite.pages(PAGES);
        List<String> expected = pages.stream().map(Page::headline).collect(Collectors.toList());
        try (Pool pool = new Pool(2)) {
            int launchedBefore = Trace.now().launches().size();

            List<String> headlines = Headlines.fetchAll(pool, pages);

            Trace trace = Trace.now();
            String finishOrder = trace.actions("page.fetched").stream().map(Event::detail)
                    .map(address -> address.substring(address.lastIndexOf('/') + 1)).collect(Collectors.joining(", "));
            assertThat(headlines)
                    .as("The fetches finished in the order %s, but the headlines must follow the order of the pages:"
                            + " the first headline is page-1's, the second page-2's, and so on.", finishOrder)
                    .isEqualTo(expected);

            List<Event> newLaunches = trace.launches().subList(launchedBefore, trace.launches().size());
            assertThat(newLaunches)
                    .as("fetchAll started %d new processes (%s). The pool it is given has its workers already:"
                            + " give the pages to that pool.", newLaunches.size(),
                            newLaunches.stream().map(Event::process).collect(Collectors.joining(", ")))
                    .isEmpty();

            Set<Long> workers = trace.launches(Trace.POOL_WORKER).stream().map(Event::pid).collect(Collectors.toSet());
            assertThat(workers).as("the pool's worker pids, which fetched the pages: %s", trace.pidsOf("page.fetched"))
                    .containsAll(trace.pidsOf("page.fetched"));
        }
    }
}
