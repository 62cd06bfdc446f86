package proclab.mp.internal.manager;

import java.io.UncheckedIOException;

import proclab.mp.EOFError;
import proclab.mp.connection.SocketConnection;

/**
 * One client connection to a manager, served on a thread of its own: read a request, run it,
 * send the reply, until the client leaves. Whatever the connection brings (a malformed frame, a
 * request that makes no sense, a client that dies in the middle of a call) ends this connection
 * only, and releases the locks it held.
 */
final class Session implements Caller, Runnable {
    private final SocketConnection connection;
    private final SharedObjects objects;
    private final ManagerServer server;

    Session(SocketConnection connection, SharedObjects objects, ManagerServer server) {
        this.connection = connection;
        this.objects = objects;
        this.server = server;
    }

    @Override
    public void run() {
        try {
            serve();
        } catch (EOFError | UncheckedIOException | IllegalStateException | Wire.MalformedRequest
                | Waiting.CallerGone e) {
            // The client left, or broke the protocol: its connection ends here.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            System.err.println("proclab: " + server + " closed a connection after an unexpected error: " + e);
        } finally {
            objects.releaseHeldBy(this);
            connection.close();
            server.ended(this);
        }
    }

    private void serve() throws Wire.MalformedRequest, InterruptedException {
        while (true) {
            Wire.Request request = Wire.parseRequest(connection.recvBytes());
            if (request.objectId() == SharedObjects.MANAGER && request.method().equals("shutdown")) {
                connection.sendBytes(Wire.returned(null, "nothing"));
                server.stop();
                return;
            }
            Referent target;
            Object result;
            byte[] reply;
            try {
                target = objects.get(request.objectId());
                result = target.call(request.method(), request.arguments(), this);
                reply = Wire.returned(result, "the result of " + request.method());
            } catch (Waiting.CallerGone e) {
                throw e;
            } catch (RuntimeException e) {
                target = null;
                result = null;
                reply = Wire.raised(e);
            }
            if (!deliver(reply)) {
                if (target != null) {
                    target.undo(request.method(), result);
                }
                return;
            }
        }
    }

    private boolean deliver(byte[] reply) {
        try {
            connection.sendBytes(reply);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean gone() {
        return connection.isClosed() || connection.poll();
    }

    /** Ends the connection; the thread serving it stops at once. */
    void close() {
        connection.close();
    }
}
