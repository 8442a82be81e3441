package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Nullable;
import java.util.List;

/**
 * What the page is told over the WebSocket: {@code "hello"} when it connects, {@code "update"} when a
 * conversation or some of its messages changed.
 *
 * @param type {@code "hello"} or {@code "update"}
 * @param conversation the conversation as it is now, for updates
 * @param messages the messages that are new or changed, oldest first
 */
public record LiveUpdate(String type, @Nullable ConversationSummary conversation,
    List<ChatMessage> messages) {

  static LiveUpdate hello() {
    return new LiveUpdate("hello", null, List.of());
  }

  static LiveUpdate update(ConversationSummary conversation, List<ChatMessage> messages) {
    return new LiveUpdate("update", conversation, List.copyOf(messages));
  }
}
