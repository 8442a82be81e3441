package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Nullable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One message of a conversation.
 *
 * @param id a random id, unique across nodes: a message received twice is kept once
 * @param conversationId the conversation it belongs to
 * @param sender the node that wrote it
 * @param text the text; may be empty when a file is attached
 * @param timestamp when it was written, in milliseconds since the epoch (the sender's clock)
 * @param status for our messages, the least advanced of {@code recipients}; for received ones, how
 *     far we have got with it (sent to our node, shown, read)
 * @param replyTo the message it answers, if any
 * @param file the attached file, if any
 * @param recipients for our messages, each recipient's status; empty for received messages
 */
public record ChatMessage(
    String id,
    String conversationId,
    String sender,
    String text,
    long timestamp,
    MessageStatus status,
    @Nullable ReplyTo replyTo,
    @Nullable FileInfo file,
    Map<String, MessageStatus> recipients) {

  public ChatMessage {
    recipients = recipients == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(recipients));
  }

  /** This message with one recipient's status moved to {@code next}, and the overall status with it. */
  ChatMessage withRecipientStatus(String recipient, MessageStatus next) {
    Map<String, MessageStatus> updated = new TreeMap<>(recipients);
    updated.put(recipient, next);
    return new ChatMessage(id, conversationId, sender, text, timestamp, overall(updated), replyTo,
        file, updated);
  }

  /** This message without one recipient (who left the group before it reached them). */
  ChatMessage withoutRecipient(String recipient) {
    Map<String, MessageStatus> updated = new TreeMap<>(recipients);
    updated.remove(recipient);
    return new ChatMessage(id, conversationId, sender, text, timestamp,
        updated.isEmpty() ? status : overall(updated), replyTo, file, updated);
  }

  /** This message with its own status set, for received messages. */
  ChatMessage withStatus(MessageStatus next) {
    return new ChatMessage(id, conversationId, sender, text, timestamp, next, replyTo, file,
        recipients);
  }

  /** The copy a recipient keeps: just arrived on its node, without our delivery bookkeeping. */
  ChatMessage asDelivered() {
    return new ChatMessage(id, conversationId, sender, text, timestamp, MessageStatus.SENT, replyTo,
        file, Map.of());
  }

  /** Failed if any recipient failed, otherwise as far as the slowest recipient. */
  static MessageStatus overall(Map<String, MessageStatus> recipients) {
    if (recipients.containsValue(MessageStatus.FAILED)) {
      return MessageStatus.FAILED;
    }
    MessageStatus slowest = MessageStatus.READ;
    for (MessageStatus status : recipients.values()) {
      if (slowest.isAfter(status)) {
        slowest = status;
      }
    }
    return slowest;
  }
}
