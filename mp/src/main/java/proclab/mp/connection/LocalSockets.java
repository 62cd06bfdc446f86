package proclab.mp.connection;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Unix domain sockets, which Linux, macOS and Windows 10 or later all have: a socket is a file,
 * so the tree's private directory decides who may even try to connect.
 */
final class LocalSockets {
    private LocalSockets() {
    }

    static SocketChannel openClient() throws IOException {
        try {
            return SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (UnsupportedOperationException e) {
            throw unsupported(e);
        }
    }

    static ServerSocketChannel openServer() throws IOException {
        try {
            return ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (UnsupportedOperationException e) {
            throw unsupported(e);
        }
    }

    static UnixDomainSocketAddress address(String path) {
        return UnixDomainSocketAddress.of(path);
    }

    private static UnsupportedOperationException unsupported(UnsupportedOperationException e) {
        return new UnsupportedOperationException("this system has no Unix domain sockets, which mp's connections"
                + " and Manager need: they work on Linux, macOS and Windows 10 or later", e);
    }
}
