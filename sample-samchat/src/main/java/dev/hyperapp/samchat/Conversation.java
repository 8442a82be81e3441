package dev.hyperapp.samchat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One conversation: its members and its messages, each kept once by id and listed by timestamp.
 * A direct conversation has exactly its two nodes as members, for good.
 */
public final class Conversation {

  /** Timestamp first, then id, so that messages written in the same millisecond still sort the same everywhere. */
  static final Comparator<ChatMessage> ORDER =
      Comparator.comparingLong(ChatMessage::timestamp).thenComparing(ChatMessage::id);

  private String id;
  private ConversationKind kind;
  private String name;
  private String createdBy;
  private GroupMembers members = new GroupMembers();
  private TreeMap<String, ChatMessage> messages = new TreeMap<>();
  private long lastActivity;

  public Conversation() {}

  Conversation(String id, ConversationKind kind, String name, String createdBy,
      GroupMembers members, long createdAt) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.createdBy = createdBy;
    this.members = members;
    this.lastActivity = createdAt;
  }

  String id() {
    return id;
  }

  ConversationKind kind() {
    return kind;
  }

  boolean isGroup() {
    return kind == ConversationKind.GROUP;
  }

  String name() {
    return name;
  }

  GroupMembers members() {
    return members;
  }

  long lastActivity() {
    return lastActivity;
  }

  void touch(long now) {
    lastActivity = Math.max(lastActivity, now);
  }

  /** Adds a message unless one with its id is already here; returns whether it was added. */
  boolean add(ChatMessage message) {
    if (messages.putIfAbsent(message.id(), message) != null) {
      return false;
    }
    touch(message.timestamp());
    return true;
  }

  /** Replaces a message already here by its updated copy. */
  void update(ChatMessage message) {
    messages.replace(message.id(), message);
  }

  Optional<ChatMessage> message(String messageId) {
    return Optional.ofNullable(messages.get(messageId));
  }

  /** All messages, oldest first. */
  List<ChatMessage> messages() {
    List<ChatMessage> sorted = new ArrayList<>(messages.values());
    sorted.sort(ORDER);
    return sorted;
  }

  /** Received messages that have not reached {@code status} yet, oldest first. */
  List<ChatMessage> receivedBefore(String us, MessageStatus status) {
    return messages().stream()
        .filter(message -> !message.sender().equals(us) && status.isAfter(message.status()))
        .toList();
  }

  /** How many received messages we have not read. */
  int unread(String us) {
    return (int) messages.values().stream()
        .filter(message -> !message.sender().equals(us) && message.status() != MessageStatus.READ)
        .count();
  }

  /** The group as we know it, for the other members. */
  GroupSnapshot snapshot() {
    return new GroupSnapshot(id, name, createdBy, members.changes());
  }

  /** The conversation as the list shows it; {@code us} decides the title of a direct one. */
  ConversationSummary summary(String us) {
    List<String> participants = members.active();
    String title = isGroup()
        ? name
        : participants.stream().filter(node -> !node.equals(us)).findFirst().orElse(us);
    ChatMessage last = messages.values().stream().max(ORDER).orElse(null);
    return new ConversationSummary(id, kind, title, participants, unread(us), last, lastActivity,
        members.isActive(us));
  }

  /**
   * Drops a former member from the bookkeeping of our messages that had not reached them; returns
   * the messages that changed.
   */
  List<ChatMessage> forgetRecipient(String node) {
    List<ChatMessage> changed = new ArrayList<>();
    for (Map.Entry<String, ChatMessage> entry : messages.entrySet()) {
      if (entry.getValue().recipients().get(node) == MessageStatus.SENDING) {
        entry.setValue(entry.getValue().withoutRecipient(node));
        changed.add(entry.getValue());
      }
    }
    return changed;
  }
}
