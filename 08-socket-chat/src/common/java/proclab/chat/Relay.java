package proclab.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import proclab.mp.Connection;
import proclab.mp.EOFError;

/**
 * Carries lines between a client's socket and its handler process. It runs in the server process,
 * which keeps the socket: a JVM cannot hand an open socket to a child JVM.
 *
 * <p>Two threads do the work. One reads each line from the socket and sends it to the handler.
 * When the client stops talking, it closes {@code toHandler}: the handler's {@code recv()} throws
 * {@link EOFError}. The other thread receives each line from the handler and writes it to the
 * socket. When the handler has ended, it closes the socket: the client reads end of stream. When
 * the client has gone, it closes the socket and {@code fromHandler}, and the first thread closes
 * {@code toHandler}: the handler's next {@code recv()} throws {@link EOFError}.
 */
public final class Relay {
    private Relay() {
    }

    /** Starts relaying, and returns at once. */
    public static void start(Socket client, Connection toHandler, Connection fromHandler) {
        thread("relay-from-client", () -> fromClient(client, toHandler));
        thread("relay-to-client", () -> toClient(fromHandler, client));
    }

    private static void fromClient(Socket client, Connection toHandler) {
        try {
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                toHandler.send(line);
            }
        } catch (IOException e) {
            // the connection broke: the same as the client leaving
        } catch (EOFError e) {
            // the handler has ended; the other thread closes the socket
        } finally {
            toHandler.close();
        }
    }

    private static void toClient(Connection fromHandler, Socket client) {
        try {
            OutputStream out = client.getOutputStream();
            while (true) {
                String line = fromHandler.recv();
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (EOFError e) {
            // the handler has ended
        } catch (IOException e) {
            // the client has gone
        } finally {
            fromHandler.close();
            closeQuietly(client);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    private static void thread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
