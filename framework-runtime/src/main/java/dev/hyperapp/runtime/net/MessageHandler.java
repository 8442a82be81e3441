package dev.hyperapp.runtime.net;

/**
 * Receives the messages that peers send. Called on the link's reader thread, one message at a time
 * per peer and in the order the peer sent them, so it should hand the message on and return quickly.
 */
@FunctionalInterface
public interface MessageHandler {

  /**
   * @param peer the authenticated name of the node that sent the message: the name its certificate
   *     proved, never a claim made inside the message
   */
  void onMessage(String peer, PeerMessage message);

  /**
   * The connection to {@code peer} ended (lost, closed by either side, or replaced by one from a
   * restarted peer): nothing sent before this will be answered over it. Called once per connection,
   * on a link thread; a later message to the peer opens a new one.
   */
  default void onLinkClosed(String peer, String reason) {}
}
