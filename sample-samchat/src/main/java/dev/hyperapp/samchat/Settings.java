package dev.hyperapp.samchat;

/**
 * The owner's settings.
 *
 * @param maxFileBytes the largest file that may be uploaded or fetched, in bytes
 */
public record Settings(long maxFileBytes) {}
