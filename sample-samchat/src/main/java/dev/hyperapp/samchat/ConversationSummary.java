package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Nullable;
import java.util.List;

/**
 * A conversation as the conversation list shows it.
 *
 * @param id the conversation id
 * @param kind direct or group
 * @param title the peer's node name, or the group's name
 * @param participants the current members, sorted, ourselves included
 * @param unread how many received messages we have not read yet
 * @param lastMessage the latest message, if any
 * @param lastActivity when it last changed, in milliseconds since the epoch
 * @param member whether we are still a member (false after leaving a group)
 */
public record ConversationSummary(
    String id,
    ConversationKind kind,
    String title,
    List<String> participants,
    int unread,
    @Nullable ChatMessage lastMessage,
    long lastActivity,
    boolean member) {}
