package proclab.chat;

import proclab.mp.Connection;
import proclab.mp.EOFError;

/**
 * The tests' own echo conversation, so that the server's tests do not depend on task 1: it answers
 * {@code [pid PID] LINE}, says {@code bye} to {@code bye} and ends, and ends when the client leaves.
 */
final class PidEcho {
    private PidEcho() {
    }

    static void talk(Connection fromClient, Connection toClient) {
        long pid = ProcessHandle.current().pid();
        try {
            for (String line = fromClient.recv(); !line.equals("bye"); line = fromClient.recv()) {
                toClient.send("[pid " + pid + "] " + line);
            }
            toClient.send("bye");
        } catch (EOFError e) {
            // the client has left
        }
    }

    /** A server program with the student's {@link Server} and {@link Reaper}, and this conversation. */
    static final class ServerMain {
        public static void main(String[] args) throws Exception {
            ServerProgram.run(args, PidEcho::talk);
        }
    }
}
