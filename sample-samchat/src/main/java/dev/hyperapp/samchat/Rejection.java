package dev.hyperapp.samchat;

/** Why a peer refused something we sent it. */
public enum Rejection {
  /**
   * It does not know the conversation, or that the sender is in it, yet: the news is still on its way
   * from another member, so try again later.
   */
  UNKNOWN_CONVERSATION,
  /** The sender is not a member of the group. */
  NOT_A_MEMBER,
  /** The receiver has left the group: it is no recipient any more. */
  LEFT_GROUP,
  /** The message is malformed or claims a sender other than the node it came from. */
  INVALID;

  /** Whether sending the same thing again later may succeed. */
  public boolean isRetryable() {
    return this == UNKNOWN_CONVERSATION;
  }
}
