package dev.hyperapp.samchat;

/**
 * One node's membership of a group as last changed: whether it is in, and the logical clock of the
 * change, so that every member settles on the same list whatever order changes arrive in.
 *
 * @param active whether the node is a member
 * @param clock the change's logical clock: the larger wins; on a tie, leaving wins
 */
public record Membership(boolean active, long clock) {

  /** Whichever of the two changes wins. */
  Membership merge(Membership other) {
    if (clock != other.clock) {
      return clock > other.clock ? this : other;
    }
    return active ? other : this;
  }
}
