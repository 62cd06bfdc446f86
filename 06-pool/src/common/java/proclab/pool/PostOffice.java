package proclab.pool;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import proclab.mp.Event;
import proclab.mp.Timeline;

/**
 * Sends emails, in the process that calls {@link #send}. Sending takes a moment. Each email is
 * noted on mp's timeline: {@code mail.begin #N} and {@code mail.end #N}, with the pid of the
 * sender.
 *
 * <p>A post office made with {@link #holdingEmailOne} keeps email 1 until another email has
 * begun, or for at most the time given. So when emails go out together, email 1 always has
 * company ({@code mail.company} says so on the timeline), and when they go out one by one, it
 * never has.
 */
public final class PostOffice implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long SENDING_MILLIS = 50;

    private final Duration holdEmailOne;
    private final Event anotherBegan = new Event();

    private PostOffice(Duration holdEmailOne) {
        this.holdEmailOne = holdEmailOne;
    }

    /** A post office that sends each email at once. */
    public static PostOffice plain() {
        return new PostOffice(Duration.ZERO);
    }

    /** A post office that keeps email 1 until another email has begun, or for {@code patience}. */
    public static PostOffice holdingEmailOne(Duration patience) {
        return new PostOffice(patience);
    }

    /** Sends the email and returns its receipt. */
    public Receipt send(Email email) throws InterruptedException {
        Timeline.record("mail.begin", "#" + email.number());
        if (email.number() == 1 && !holdEmailOne.isZero()) {
            boolean company = anotherBegan.await(holdEmailOne);
            Timeline.record("mail.company", company ? "another email began while #1 was held"
                    : "no other email began within " + holdEmailOne.toMillis() + " ms");
        } else if (!anotherBegan.isSet()) {
            anotherBegan.set();
        }
        TimeUnit.MILLISECONDS.sleep(SENDING_MILLIS);
        Timeline.record("mail.end", "#" + email.number());
        return new Receipt(email.number(), ProcessHandle.current().pid());
    }
}
