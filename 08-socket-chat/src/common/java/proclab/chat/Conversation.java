package proclab.chat;

import java.io.Serializable;

import proclab.mp.Connection;

/**
 * What a handler process does with its client. It receives the client's lines from
 * {@code fromClient} ({@code recv()}) and sends lines to the client on {@code toClient}
 * ({@code send(...)}). It travels to the handler process, so it is {@link Serializable}: a method
 * reference such as {@code EchoHandler::talk} is.
 */
@FunctionalInterface
public interface Conversation extends Serializable {
    void talk(Connection fromClient, Connection toClient) throws Exception;
}
