package dev.hyperapp.samchat;

import java.util.List;

/**
 * One thing waiting in the outbox for one peer. Payloads are read from the state when the entry is
 * sent, so a group snapshot is always the latest; only the ids of the messages it is about are kept.
 *
 * @param id the entry's id
 * @param kind what it carries
 * @param peer the node it goes to
 * @param conversationId the conversation it is about
 * @param messageIds the messages it is about: the one message, or a receipt's messages; else empty
 * @param queuedAt when it was queued, in milliseconds since the epoch
 * @param attempts how many times sending it has failed so far
 */
public record Delivery(
    String id,
    DeliveryKind kind,
    String peer,
    String conversationId,
    List<String> messageIds,
    long queuedAt,
    int attempts) {

  public Delivery {
    messageIds = List.copyOf(messageIds);
  }

  Delivery withMessageIds(List<String> ids) {
    return new Delivery(id, kind, peer, conversationId, ids, queuedAt, attempts);
  }

  Delivery failedOnce() {
    return new Delivery(id, kind, peer, conversationId, messageIds, queuedAt, attempts + 1);
  }

  boolean isAbout(DeliveryKind otherKind, String otherPeer, String otherConversation) {
    return kind == otherKind && peer.equals(otherPeer) && conversationId.equals(otherConversation);
  }
}
