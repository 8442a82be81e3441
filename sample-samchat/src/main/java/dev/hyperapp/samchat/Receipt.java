package dev.hyperapp.samchat;

import java.util.List;

/**
 * A recipient telling a sender how far some of its messages have got.
 *
 * @param conversationId the conversation of the messages
 * @param messageIds the messages, all sent by the receipt's addressee
 * @param status {@code DELIVERED} or {@code READ}
 */
public record Receipt(String conversationId, List<String> messageIds, MessageStatus status) {}
