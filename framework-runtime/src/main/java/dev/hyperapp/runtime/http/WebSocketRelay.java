package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.WsEvent;
import io.undertow.util.AttachmentKey;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.CloseMessage;
import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.Pooled;

/**
 * The open WebSocket connections: relays each connection's events to its process and pushes the
 * process's messages back. Each connection gets a channel id, unique on this server, that its events
 * carry and pushes name.
 */
final class WebSocketRelay implements WebSocketConnectionCallback, WebSocketPush {

  /** The process a connection being upgraded belongs to, set by the route before the handshake. */
  static final AttachmentKey<ProcessId> PROCESS = AttachmentKey.create(ProcessId.class);

  private static final Logger log = LoggerFactory.getLogger(WebSocketRelay.class);

  /** Closes the connection once the close frame is out, without waiting for the browser's answer. */
  private static final WebSocketCallback<Void> CLOSE_AFTER_SENDING = new WebSocketCallback<>() {
    @Override
    public void complete(WebSocketChannel socket, Void context) {
      IoUtils.safeClose(socket);
    }

    @Override
    public void onError(WebSocketChannel socket, Void context, Throwable failure) {
      IoUtils.safeClose(socket);
    }
  };

  private final HttpHost host;
  private final HttpSettings settings;
  private final AtomicInteger lastChannel = new AtomicInteger();
  private final Map<Integer, Connection> open = new ConcurrentHashMap<>();

  WebSocketRelay(HttpHost host, HttpSettings settings) {
    this.host = host;
    this.settings = settings;
  }

  @Override
  public void onConnect(WebSocketHttpExchange exchange, WebSocketChannel socket) {
    ProcessId process = exchange.getAttachment(PROCESS);
    int channel = lastChannel.incrementAndGet();
    open.put(channel, new Connection(process, socket));
    socket.addCloseTask(closed -> {
      if (open.remove(channel) != null) {
        deliver(process, new WsEvent(channel, WsEvent.Kind.CLOSE, null, null));
      }
    });
    deliver(process, new WsEvent(channel, WsEvent.Kind.OPEN, null, null));
    socket.getReceiveSetter().set(new MessageListener(process, channel));
    socket.resumeReceives();
  }

  @Override
  public boolean push(ProcessId process, int channel, String text) {
    Connection connection = open.get(channel);
    if (connection == null || !connection.process.equals(process) || !connection.socket.isOpen()) {
      return false;
    }
    WebSockets.sendText(text, connection.socket, null);
    return true;
  }

  @Override
  public int broadcast(ProcessId process, String text) {
    return forEachOpen(process, socket -> WebSockets.sendText(text, socket, null));
  }

  @Override
  public int closeAll(ProcessId process) {
    return forEachOpen(process, socket -> WebSockets.sendClose(CloseMessage.GOING_AWAY, "The app stopped", socket, CLOSE_AFTER_SENDING));
  }

  private int forEachOpen(ProcessId process, Consumer<WebSocketChannel> action) {
    int count = 0;
    for (Connection connection : open.values()) {
      if (connection.process.equals(process) && connection.socket.isOpen()) {
        action.accept(connection.socket);
        count++;
      }
    }
    return count;
  }

  private void deliver(ProcessId process, WsEvent event) {
    try {
      host.onWebSocket(process, event);
    } catch (RuntimeException hostFailed) {
      log.error("Delivering {} of channel {} to {} failed", event.kind(), event.channel(), process, hostFailed);
    }
  }

  private record Connection(ProcessId process, WebSocketChannel socket) {}

  /** Receives whole messages, bounded like request bodies, and hands them to the process in order. */
  private final class MessageListener extends AbstractReceiveListener {
    private final ProcessId process;
    private final int channel;

    MessageListener(ProcessId process, int channel) {
      this.process = process;
      this.channel = channel;
    }

    @Override
    protected void onFullTextMessage(WebSocketChannel socket, BufferedTextMessage message) {
      deliver(process, new WsEvent(channel, WsEvent.Kind.TEXT, message.getData(), null));
    }

    @Override
    protected void onFullBinaryMessage(WebSocketChannel socket, BufferedBinaryMessage message) {
      Pooled<ByteBuffer[]> data = message.getData();
      try {
        ByteBuffer merged = WebSockets.mergeBuffers(data.getResource());
        byte[] bytes = new byte[merged.remaining()];
        merged.get(bytes);
        deliver(process, new WsEvent(channel, WsEvent.Kind.BINARY, null, bytes));
      } finally {
        data.free();
      }
    }

    @Override
    protected long getMaxTextBufferSize() {
      return settings.maxJsonBytes();
    }

    @Override
    protected long getMaxBinaryBufferSize() {
      return settings.maxUploadBytes();
    }
  }
}
