package dev.hyperapp.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A logged-in WebSocket to a node that keeps every text message the node pushes, so a test can wait
 * for the one it expects.
 */
public final class WebSocketSession implements AutoCloseable {

  private final List<String> received = new ArrayList<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;
  private boolean closed;

  private WebSocketSession() {}

  static WebSocketSession open(HttpClient client, URI uri, String cookie) {
    WebSocketSession session = new WebSocketSession();
    try {
      session.socket = client.newWebSocketBuilder()
          .header("Cookie", cookie)
          .connectTimeout(Duration.ofSeconds(10))
          .buildAsync(uri, session.listener())
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not open a WebSocket to " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while opening " + uri, e);
    }
    return session;
  }

  private WebSocket.Listener listener() {
    return new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (WebSocketSession.this) {
          partial.append(data);
          if (last) {
            received.add(partial.toString());
            partial.setLength(0);
            WebSocketSession.this.notifyAll();
          }
        }
        webSocket.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        synchronized (WebSocketSession.this) {
          closed = true;
          WebSocketSession.this.notifyAll();
        }
        return null;
      }

      @Override
      public void onError(WebSocket webSocket, Throwable error) {
        onClose(webSocket, WebSocket.NORMAL_CLOSURE, String.valueOf(error));
      }
    };
  }

  /** Sends a text message to the node's {@code @Ws} handler. */
  public void send(String text) {
    socket.sendText(text, true).join();
  }

  /** Every message received so far, oldest first. */
  public synchronized List<String> received() {
    return List.copyOf(received);
  }

  /** Whether the node closed the socket. */
  public synchronized boolean isClosed() {
    return closed;
  }

  /**
   * Waits for a message that matches {@code wanted} (one received before counts too) and returns it.
   *
   * @throws AssertionError if none arrives within {@code patience}
   */
  public synchronized String awaitMessage(Predicate<String> wanted, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    int checked = 0;
    while (true) {
      for (; checked < received.size(); checked++) {
        if (wanted.test(received.get(checked))) {
          return received.get(checked);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || closed) {
        throw new AssertionError("No matching WebSocket message " + (closed ? "before the socket closed" : "within "
            + patience) + "; received: " + received);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Waits for a message containing {@code text}; see {@link #awaitMessage(Predicate, Duration)}. */
  public String awaitMessageContaining(String text) {
    return awaitMessage(message -> message.contains(text), Duration.ofSeconds(30));
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(error -> null);
    }
    socket.abort();
  }
}
