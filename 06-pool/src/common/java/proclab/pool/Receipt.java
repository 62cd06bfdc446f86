package proclab.pool;

import java.io.Serializable;

/** What the post office gives back for a sent email: its number, and the pid of the process that sent it. */
public record Receipt(int emailNumber, long pid) implements Serializable {
}
