package proclab.chat;

import java.io.Serializable;

import proclab.mp.Connection;

/**
 * What the members of a chat room tell the broadcaster, through the room's queue. A member is
 * known by the pid of its handler process.
 */
public sealed interface RoomEvent extends Serializable {
    /** A member has come in. Send on {@code toClient} to reach its client. */
    record Joined(long member, Connection toClient) implements RoomEvent {
    }

    /** A member's client said {@code text}. */
    record Said(long member, String text) implements RoomEvent {
    }

    /** A member has left: its client is gone. */
    record Left(long member) implements RoomEvent {
    }
}
