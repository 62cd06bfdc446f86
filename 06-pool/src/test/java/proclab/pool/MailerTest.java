package proclab.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.core.ConditionTimeoutException;

import proclab.mp.Pool;
import proclab.testkit.Graded;
import proclab.testkit.TimelineFile.Event;

/**
 * Task 2: apply waits for each task, applyAsync does not. The post office holds email 1 until
 * another email begins (or for a while), so emails that go out together always overlap, and emails
 * that go out one by one never do.
 */
class MailerTest {
    private static List<Integer> numbers(int count) {
        return IntStream.rangeClosed(1, count).boxed().collect(Collectors.toList());
    }

    private static List<Integer> numbersOf(List<Receipt> receipts) {
        return receipts.stream().map(Receipt::emailNumber).collect(Collectors.toList());
    }

    @Graded(task = 2, points = 8, hint = "Call pool.apply(office::send, email) for each email in turn: apply returns"
            + " only when the task has ended, with its result.")
    void applySendsOneEmailAtATime() {
        List<Email> emails = Email.batch(4);
        // Three seconds of hold: if email 2 goes out while email 1 is still held, it begins within them.
        PostOffice office = PostOffice.holdingEmailOne(Duration.ofSeconds(3));
        try (Pool pool = new Pool(2)) {
            List<Receipt> receipts = Mailer.oneByOne(pool, office, emails);

            assertThat(numbersOf(receipts)).as("the emails of the receipts, in the order they were returned")
                    .isEqualTo(numbers(4));
            Trace trace = Trace.now();
            for (int n = 1; n < 4; n++) {
                Event end = trace.first("mail.end", "#" + n).orElseThrow();
                Event next = trace.first("mail.begin", "#" + (n + 1)).orElseThrow();
                if (next.nanos() < end.nanos()) {
                    fail("Email #" + (n + 1) + " began at " + trace.at(next) + ", before email #" + n + " had ended"
                            + " (at " + trace.at(end) + "). oneByOne must wait for each email before it sends the"
                            + " next: that is what apply does.");
                }
            }
            assertThat(trace.pidsOf("mail.begin")).as("the pids that sent the emails: the pool's workers, not the test's")
                    .doesNotContain(ProcessHandle.current().pid());
        }
    }

    @Graded(task = 2, points = 12, hint = "Start every email with applyAsync before you call get() on any result;"
            + " then close() and join() the pool.")
    void applyAsyncSendsTogetherAndTheWorkersEnd() {
        List<Email> emails = Email.batch(6);
        // Email 1 is held until another email begins: with applyAsync that is at once.
        PostOffice office = PostOffice.holdingEmailOne(Duration.ofSeconds(20));

        try (Mailroom mailroom = Mailroom.start(office, emails, 3)) {
            List<Receipt> receipts = mailroom.receipts();

            Trace trace = Trace.now();
            List<Event> workers = trace.launches(Trace.POOL_WORKER);
            assertThat(workers).as("the pool workers allAtOnce started: a Pool of 3").hasSize(3);
            assertThat(numbersOf(receipts)).as("the emails of the receipts, in the order they were returned")
                    .isEqualTo(numbers(6));
            String company = trace.actions("mail.company").stream().map(Event::detail).findFirst().orElse("");
            assertThat(company)
                    .as("Email #1 went out alone: %s. So the emails were sent one by one. applyAsync returns at"
                            + " once: start all emails first, then get() the results.", company)
                    .startsWith("another email began");
            Optional<Event> running = stillRunning(workers);
            if (running.isPresent()) {
                fail(running.get().process() + " (pid " + running.get().pid() + ") was still running 5 s after"
                        + " allAtOnce returned. Close the pool and join it: then every worker has ended.");
            }
        }
    }

    /** A worker that is still alive a few seconds later (an ended one may take a moment to be reaped). */
    private static Optional<Event> stillRunning(List<Event> workers) {
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> workers.stream().noneMatch(MailerTest::alive));
            return Optional.empty();
        } catch (ConditionTimeoutException e) {
            return workers.stream().filter(MailerTest::alive).findFirst();
        }
    }

    private static boolean alive(Event launch) {
        return ProcessHandle.of(launch.pid()).map(ProcessHandle::isAlive).orElse(false);
    }
}
