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
}
