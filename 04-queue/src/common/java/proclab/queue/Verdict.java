package proclab.queue;

import java.io.Serializable;

/** What a taster says about one dish: a score from 1 to 10. A record is serializable, so it can travel through a queue. */
public record Verdict(String dish, int score) implements Serializable {
}
