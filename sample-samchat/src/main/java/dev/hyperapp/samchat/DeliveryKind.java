package dev.hyperapp.samchat;

/** What an outbox entry carries to its peer, and so which remote handler receives it. */
public enum DeliveryKind {
  /** A message we wrote: {@code ReceiveMessage}. */
  MESSAGE,
  /** Our app showed the peer's messages to us: {@code ReceiveReceipt}. */
  DELIVERED_RECEIPT,
  /** We read the peer's messages: {@code ReceiveReceipt}. */
  READ_RECEIPT,
  /** The peer was added to a group: {@code HandleGroupJoin}. */
  GROUP_JOIN,
  /** A group the peer is in changed: {@code HandleGroupUpdate}. */
  GROUP_UPDATE,
  /** We left a group the peer is in: {@code HandleGroupLeave}. */
  GROUP_LEAVE;

  /** Whether later entries of this kind for the same peer and conversation fold into a pending one. */
  boolean coalesces() {
    return this != MESSAGE;
  }
}
