package proclab.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 4: a process per email against a pool. The tests do not time them (times differ from
 * machine to machine); they count the processes that were started, from mp's timeline.
 */
class NewsletterTest {
    private static List<String> sent(Trace trace) {
        return trace.actions("mail.end").stream().map(Event::detail).sorted().collect(Collectors.toList());
    }

    private static List<String> numbers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> "#" + n).sorted().collect(Collectors.toList());
    }

    @Graded(task = 4, points = 5, hint = "In a loop, make a Process for each email whose target calls"
            + " office.send(email), and start it. Join them all in a second loop.")
    void aProcessPerEmail() {
        List<Email> emails = Email.batch(6);

        Newsletter.processPerEmail(PostOffice.plain(), emails);

        Trace trace = Trace.now();
        assertThat(sent(trace)).as("the emails that were sent by the time processPerEmail returned")
                .isEqualTo(numbers(6));
        assertThat(trace.launches()).as("the processes started for 6 emails: one per email, no pool").hasSize(6)
                .noneMatch(e -> e.process().startsWith(Trace.POOL_WORKER));
        assertThat(trace.pidsOf("mail.begin")).as("the pids that sent the 6 emails: a process each").hasSize(6);
    }

    @Graded(task = 4, points = 10, hint = "Make one Pool of `workers` before you send anything, send every email"
            + " through it (map or applyAsync), and close it at the end.")
    void aPoolStartsOnlyItsWorkers() {
        List<Email> emails = Email.batch(12);

        List<Receipt> receipts = Newsletter.pooled(PostOffice.plain(), emails, 2);

        Trace trace = Trace.now();
        List<Event> launches = trace.launches();
        assertThat(launches)
                .as("pooled() started %d processes for 12 emails (%s). A pool of 2 starts 2 workers once, and they"
                        + " send every email.", launches.size(), launches.stream().map(Event::process).distinct()
                                .collect(Collectors.joining(", ")))
                .hasSize(2).allMatch(e -> e.process().startsWith(Trace.POOL_WORKER));
        Set<Long> workers = launches.stream().map(Event::pid).collect(Collectors.toSet());
        assertThat(workers).as("the workers' pids, which sent every email").containsAll(trace.pidsOf("mail.begin"));
        assertThat(sent(trace)).as("the emails that were sent").isEqualTo(numbers(12));
        assertThat(receipts.stream().map(Receipt::emailNumber).collect(Collectors.toList()))
                .as("the emails of the receipts, in the order they were returned")
                .isEqualTo(IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toList()));
    }
}
