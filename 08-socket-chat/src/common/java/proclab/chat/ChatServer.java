package proclab.chat;

import java.io.IOException;

import proclab.mp.Process;
import proclab.mp.Queue;

/**
 * The chat server: each client gets a handler process that is a member of one chat room, and one
 * more process, the broadcaster, passes each line on to the other members (task 5).
 * {@code java -cp 08-socket-chat/target/classes:mp/target/classes proclab.chat.ChatServer 9596}.
 */
public final class ChatServer {
    private ChatServer() {
    }

    public static void main(String[] args) throws IOException {
        Queue<RoomEvent> room = new Queue<>();
        Process broadcaster = new Process("broadcaster", () -> ChatRoom.broadcast(room));
        broadcaster.setDaemon(true); // it ends with the server
        broadcaster.start();
        ServerProgram.run(args, (fromClient, toClient) -> ChatRoom.member(fromClient, toClient, room));
    }
}
