package dev.hyperapp.samchat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who is in a group: for every node that ever was, its latest {@link Membership} change. Merging two
 * views keeps, per node, the change with the larger clock (leaving wins a tie), so members that
 * exchange snapshots in any order end with the same list.
 */
public final class GroupMembers {

  private TreeMap<String, Membership> members = new TreeMap<>();

  public GroupMembers() {}

  GroupMembers(Map<String, Membership> members) {
    this.members = new TreeMap<>(members);
  }

  /** A group's first members, all joined at clock 1. */
  static GroupMembers founding(List<String> nodes) {
    GroupMembers group = new GroupMembers();
    nodes.forEach(node -> group.members.put(node, new Membership(true, 1)));
    return group;
  }

  /** The current members, sorted. */
  List<String> active() {
    return members.entrySet().stream()
        .filter(entry -> entry.getValue().active())
        .map(Map.Entry::getKey)
        .toList();
  }

  boolean isActive(String node) {
    Membership membership = members.get(node);
    return membership != null && membership.active();
  }

  /** Every change known, for a snapshot. */
  Map<String, Membership> changes() {
    return new TreeMap<>(members);
  }

  /** Records that {@code node} joined (or left), with a clock later than every change known. */
  void set(String node, boolean active) {
    long clock = members.values().stream().mapToLong(Membership::clock).max().orElse(0) + 1;
    members.put(node, new Membership(active, clock));
  }

  /** Merges another member's view into this one; returns whether anything changed. */
  boolean merge(Map<String, Membership> other) {
    boolean changed = false;
    for (Map.Entry<String, Membership> entry : other.entrySet()) {
      Membership ours = members.get(entry.getKey());
      Membership merged = ours == null ? entry.getValue() : ours.merge(entry.getValue());
      if (!merged.equals(ours)) {
        members.put(entry.getKey(), merged);
        changed = true;
      }
    }
    return changed;
  }
}
