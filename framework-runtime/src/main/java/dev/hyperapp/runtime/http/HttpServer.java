package dev.hyperapp.runtime.http;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP server (Undertow): the homepage, login, {@code our.js}, and every app's UI, HTTP
 * endpoints, own-path handlers and WebSocket endpoints, all answered through an {@link HttpHost}.
 * Handlers run on Undertow's IO threads only to route; file reads, page rendering and password checks
 * run on its worker threads; calls to processes complete asynchronously and hold no thread.
 */
public final class HttpServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
  /** Bodies nobody reads (a GET with a body, say) are dropped up to this size, then the connection closes. */
  private static final long UNREAD_BODY_LIMIT = 64 << 10;

  private final Undertow undertow;
  private final WebSocketRelay sockets;
  private final InetSocketAddress address;

  private HttpServer(Undertow undertow, WebSocketRelay sockets) {
    this.undertow = undertow;
    this.sockets = sockets;
    this.address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
  }

  /** Starts listening; throws if the address is taken. */
  public static HttpServer start(HttpHost host, HttpSettings settings) {
    UndertowLogging.throughSlf4j();
    Sessions sessions = new Sessions(host, settings.sessionLifetime(), settings.clock());
    WebSocketRelay sockets = new WebSocketRelay(host, settings);
    Gate gate = new Gate(sessions);
    AppRoutes apps = new AppRoutes(gate, new CallRelay(host, settings), sockets);
    Undertow undertow = Undertow.builder()
        .addHttpListener(settings.port(), settings.bindAddress())
        .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, UNREAD_BODY_LIMIT)
        .setHandler(Handlers.httpContinueRead(Replies.guarded(new NodeRoutes(host, sessions, gate, apps))))
        .build();
    undertow.start();
    HttpServer server = new HttpServer(undertow, sockets);
    log.info("{} serves HTTP on {}", host.nodeName(), server.uri());
    return server;
  }

  /** The port it listens on (the one picked, if the settings said 0). */
  public int port() {
    return address.getPort();
  }

  /** {@code http://<address>:<port>/}. */
  public URI uri() {
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
  }

  /** Pushes to the WebSocket connections of processes. */
  public WebSocketPush webSockets() {
    return sockets;
  }

  /** Stops listening and closes every connection. */
  @Override
  public void close() {
    undertow.stop();
  }
}
