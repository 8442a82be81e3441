package dev.hyperapp.runtime.net;

import dev.hyperapp.runtime.identity.HostPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Forwards TCP connections to a target, and can cut them all at once as a failing network would:
 * no goodbye, just closed sockets.
 */
final class TcpProxy implements AutoCloseable {

  private final ServerSocket server;
  private final HostPort target;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  TcpProxy(HostPort target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  HostPort address() {
    return new HostPort(server.getInetAddress().getHostAddress(), server.getLocalPort());
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(target.host(), target.port());
        sockets.add(client);
        sockets.add(upstream);
        pipe(client, upstream);
        pipe(upstream, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException e) {
        // The other direction or cut() closed the sockets.
      }
      cut();
    }, "proxy-pipe");
    thread.setDaemon(true);
    thread.start();
  }

  /** Closes every forwarded connection. */
  void cut() {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing is all that is wanted here.
      }
    }
    sockets.clear();
  }

  @Override
  public void close() throws IOException {
    server.close();
    cut();
  }
}
