package proclab.chat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import proclab.chat.RoomEvent.Joined;
import proclab.chat.RoomEvent.Left;
import proclab.chat.RoomEvent.Said;
import proclab.mp.Connection;
import proclab.mp.EOFError;
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
        long me = ProcessHandle.current().pid();
        room.put(new Joined(me, toClient));
        try {
            toClient.send("welcome, you are " + me);
            while (true) {
                room.put(new Said(me, fromClient.recv()));
            }
        } catch (EOFError e) {
            room.put(new Left(me));
        }
    }

    /**
     * The broadcaster: runs for ever in a process of its own. It keeps the pipe ends of the members
     * that have joined, and sends each line a member said, as {@code PID: text}, to every other
     * member. It closes and forgets the end of a member that has left, or whose client is gone.
     */
    public static void broadcast(Queue<RoomEvent> room) {
        Map<Long, Connection> members = new LinkedHashMap<>();
        while (true) {
            RoomEvent event = room.get();
            if (event instanceof Joined joined) {
                members.put(joined.member(), joined.toClient());
            } else if (event instanceof Said said) {
                sendToOthers(members, said.member(), said.member() + ": " + said.text());
            }
        }
    }

    private static void sendToOthers(Map<Long, Connection> members, long from, String line) {
        for (Iterator<Map.Entry<Long, Connection>> it = members.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Connection> member = it.next();
            if (member.getKey() == from) {
                continue;
            }
            try {
                member.getValue().send(line);
            } catch (EOFError e) {
                // its client has gone and the pipe is full: its Left comes soon
                member.getValue().close();
                it.remove();
            }
        }
    }
}
