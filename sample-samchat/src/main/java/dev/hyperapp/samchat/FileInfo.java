package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Nullable;

/**
 * A file shared in a conversation. The bytes live in the owner's {@code files} drive under
 * {@code fileId}; other nodes fetch them from the owner, part by part, and keep a copy.
 *
 * @param fileId a random id, unique across nodes
 * @param name the file name as uploaded, without any folder
 * @param mimeType the MIME type the uploader gave
 * @param size the size in bytes
 * @param owner the node that uploaded it
 * @param sha256 the SHA-256 of the bytes, in lower-case hex, which a fetched copy must match; absent
 *     for files uploaded before samchat recorded it
 */
public record FileInfo(String fileId, String name, String mimeType, long size, String owner,
    @Nullable String sha256) {}
