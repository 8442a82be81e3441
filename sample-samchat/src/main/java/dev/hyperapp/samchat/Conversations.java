package dev.hyperapp.samchat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every conversation, by id. A direct conversation's id is made from its two node names, sorted, so
 * both nodes name it the same without agreeing first; a group's id is random.
 */
public final class Conversations {

  private static final String DIRECT_PREFIX = "dm:";
  private static final String GROUP_PREFIX = "group:";

  private TreeMap<String, Conversation> byId = new TreeMap<>();

  /** The id of the direct conversation between two nodes, the same whichever side asks. */
  static String directId(String one, String other) {
    return one.compareTo(other) <= 0
        ? DIRECT_PREFIX + one + ":" + other
        : DIRECT_PREFIX + other + ":" + one;
  }

  /** A new, unguessable group id. */
  static String newGroupId(String randomId) {
    return GROUP_PREFIX + randomId;
  }

  static boolean isGroupId(String id) {
    return id.startsWith(GROUP_PREFIX);
  }

  Optional<Conversation> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The direct conversation with {@code peer}, created on first use. */
  Conversation direct(String us, String peer, long now) {
    return byId.computeIfAbsent(directId(us, peer), id -> new Conversation(
        id, ConversationKind.DIRECT, "", us, GroupMembers.founding(List.of(us, peer)), now));
  }

  void add(Conversation conversation) {
    byId.put(conversation.id(), conversation);
  }

  /** Summaries, the most recently active first. */
  List<ConversationSummary> summaries(String us) {
    return byId.values().stream()
        .map(conversation -> conversation.summary(us))
        .sorted(Comparator.comparingLong(ConversationSummary::lastActivity).reversed()
            .thenComparing(ConversationSummary::id))
        .toList();
  }

  List<Conversation> all() {
    return List.copyOf(byId.values());
  }
}
