package dev.hyperapp.runtime.net;

import dev.hyperapp.annotations.Blob;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a link carries: an opaque header and body, and optionally a blob that travels in chunks. The
 * network never looks inside; the kernel decides what the bytes mean.
 *
 * @param blob {@code null} when the message carries none
 */
public record PeerMessage(byte[] header, byte[] body, Blob blob) {

  public PeerMessage {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(body, "body");
  }

  public PeerMessage(byte[] header, byte[] body) {
    this(header, body, null);
  }

  /** The size counted against the message size limit: header, body, blob and its MIME type. */
  public long size() {
    return (long) header.length + body.length + (blob == null ? 0 : blob.bytes().length + mimeBytes().length);
  }

  byte[] mimeBytes() {
    return blob == null ? new byte[0] : blob.mime().getBytes(StandardCharsets.UTF_8);
  }
}
