package dev.hyperapp.samchat;

/**
 * How far a message has got, the same on both sides: the sender's copy follows the receiver's
 * through receipts. {@code SENDING} (in our outbox) → {@code SENT} (the peer's node has it) →
 * {@code DELIVERED} (the peer's app has shown it to its owner) → {@code READ}; or {@code FAILED} when
 * the peer refused it or could not be reached for too long.
 */
public enum MessageStatus {
  SENDING,
  SENT,
  DELIVERED,
  READ,
  FAILED;

  /** Whether this status is further along than {@code other}; {@code FAILED} is behind everything. */
  public boolean isAfter(MessageStatus other) {
    return progress() > other.progress();
  }

  /** The further along of the two. */
  public MessageStatus latest(MessageStatus other) {
    return other.isAfter(this) ? other : this;
  }

  private int progress() {
    return this == FAILED ? -1 : ordinal();
  }
}
