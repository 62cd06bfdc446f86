package proclab.chat;

import proclab.mp.Connection;
import proclab.mp.Queue;

/** Task 5: a chat room whose members are handler processes, and the broadcaster that links them. */
public final class ChatRoom {
    private ChatRoom() {
    }

    /**
     * The conversation of a chat handler, one per client. It joins the room, greets its client with
     * {@code welcome, you are PID}, puts each line of its client into the room, and leaves the room
     * when its client leaves.
     */
    public static void member(Connection fromClient, Connection toClient, Queue<RoomEvent> room) {
        // TODO 5: put Joined, greet, put a Said for each line, and put Left when recv() throws EOFError.
        throw new UnsupportedOperationException("TODO 5: join the room and pass the client's lines into it");
    }

    /**
     * The broadcaster: runs for ever in a process of its own. It keeps the pipe ends of the members
     * that have joined, and sends each line a member said, as {@code PID: text}, to every other
     * member. It closes and forgets the end of a member that has left, or whose client is gone.
     */
    public static void broadcast(Queue<RoomEvent> room) {
        // TODO 5: take each event from the room and pass each line on to the other members.
        throw new UnsupportedOperationException("TODO 5: pass each line on to every other member");
    }
}
