package dev.hyperapp.benchmarks.node;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The bare peer of the node's links: a JDK TLS 1.3 socket on loopback, both sides authenticated,
 * TCP_NODELAY as the node's links set it, and frames of {@code [u32 length][payload]}. The server
 * answers each frame with the same bytes on a thread of its own; the client is the benchmark thread,
 * which writes and reads itself, so nothing stands between it and the socket.
 */
final class TlsPingPong implements AutoCloseable {

  private static final String[] PROTOCOLS = {"TLSv1.3"};

  private final SSLServerSocket server;
  private final Thread echo;
  private final SSLSocket client;
  private final DataOutputStream out;
  private final DataInputStream in;

  private TlsPingPong(SSLServerSocket server, Thread echo, SSLSocket client) throws IOException {
    this.server = server;
    this.echo = echo;
    this.client = client;
    this.out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream(), 16 * 1024));
    this.in = new DataInputStream(new BufferedInputStream(client.getInputStream(), 16 * 1024));
  }

  /** Starts an echo server on a free loopback port and connects to it, handshake done. */
  static TlsPingPong start(SSLContext context) {
    try {
      SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
          .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
      server.setEnabledProtocols(PROTOCOLS);
      server.setNeedClientAuth(true);
      Thread echo = new Thread(() -> serve(server), "tls-echo");
      echo.setDaemon(true);
      echo.start();
      SSLSocket client = (SSLSocket) context.getSocketFactory()
          .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
      client.setEnabledProtocols(PROTOCOLS);
      client.setTcpNoDelay(true);
      client.startHandshake();
      return new TlsPingPong(server, echo, client);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the TLS echo server", e);
    }
  }

  private static void serve(SSLServerSocket server) {
    try (Socket socket = server.accept()) {
      socket.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 16 * 1024));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 16 * 1024));
      while (true) {
        byte[] frame = new byte[in.readInt()];
        in.readFully(frame);
        out.writeInt(frame.length);
        out.write(frame);
        out.flush();
      }
    } catch (EOFException | SocketException closed) {
      // The client went away: the benchmark is over.
    } catch (IOException e) {
      throw new UncheckedIOException("The TLS echo server failed", e);
    }
  }

  /** Sends {@code payload} and waits for its echo. */
  byte[] roundTrip(byte[] payload) throws IOException {
    send(payload);
    return received(payload);
  }

  /** Sends {@code payload} {@code count} times, each its own frame and flush, then reads every echo. */
  void pipelined(byte[] payload, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      send(payload);
    }
    for (int i = 0; i < count; i++) {
      received(payload);
    }
  }

  private void send(byte[] payload) throws IOException {
    out.writeInt(payload.length);
    out.write(payload);
    out.flush();
  }

  private byte[] received(byte[] sent) throws IOException {
    byte[] echoed = new byte[in.readInt()];
    in.readFully(echoed);
    if (!Arrays.equals(sent, echoed)) {
      throw new IllegalStateException("The echo differs from what was sent");
    }
    return echoed;
  }

  @Override
  public void close() throws Exception {
    client.close();
    server.close();
    echo.join(10_000);
  }
}
