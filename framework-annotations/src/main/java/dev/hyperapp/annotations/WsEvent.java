package dev.hyperapp.annotations;

/**
 * What happened on a WebSocket connection to the process's {@link Endpoint.Kind#WEBSOCKET} endpoint.
 *
 * @param channel the connection's id, to push to with {@link Context#push(int, Object)}
 * @param kind opened, a text or binary message, or closed
 * @param text the message text for {@link Kind#TEXT}, otherwise {@code null}
 * @param bytes the message bytes for {@link Kind#BINARY}, otherwise {@code null}
 */
public record WsEvent(int channel, Kind kind, String text, byte[] bytes) {

  /** The kinds of WebSocket event. */
  public enum Kind {
    OPEN,
    TEXT,
    BINARY,
    CLOSE
  }
}
