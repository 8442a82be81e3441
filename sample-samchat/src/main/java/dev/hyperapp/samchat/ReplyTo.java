package dev.hyperapp.samchat;

/**
 * The message a reply quotes, as it stood when the reply was written: the quote still reads well if
 * the original is not in the reader's history.
 *
 * @param messageId the quoted message
 * @param sender who wrote it
 * @param preview the start of its text, or the name of its file
 */
public record ReplyTo(String messageId, String sender, String preview) {}
