package dev.hyperapp.runtime.net;

import dev.hyperapp.annotations.Blob;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A message whose blob is arriving in chunks; complete when every announced byte has come. */
final class InboundBlob {

  private final byte[] header;
  private final byte[] body;
  private final String mime;
  private final byte[] bytes;
  private int received;

  private InboundBlob(byte[] header, byte[] body, String mime, byte[] bytes) {
    this.header = header;
    this.body = body;
    this.mime = mime;
    this.bytes = bytes;
  }

  /** Reads a BLOB_START payload; the whole message must fit within {@code maxMessageSize}. */
  static InboundBlob start(byte[] payload, int maxMessageSize) throws ProtocolViolation {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(payload);
      byte[] header = Wire.bytes(buffer, buffer.getInt());
      byte[] body = Wire.bytes(buffer, buffer.getInt());
      byte[] mime = Wire.bytes(buffer, Short.toUnsignedInt(buffer.getShort()));
      int blobLength = buffer.getInt();
      if (buffer.hasRemaining() || blobLength < 0) {
        throw new ProtocolViolation("a malformed blob start");
      }
      long size = (long) header.length + body.length + mime.length + blobLength;
      if (size > maxMessageSize) {
        throw new ProtocolViolation(
            "a message of " + size + " bytes, over the limit of " + maxMessageSize);
      }
      return new InboundBlob(
          header, body, new String(mime, StandardCharsets.UTF_8), new byte[blobLength]);
    } catch (BufferUnderflowException e) {
      throw new ProtocolViolation("a truncated blob start");
    }
  }

  void append(byte[] chunk) throws ProtocolViolation {
    if (chunk.length > bytes.length - received) {
      throw new ProtocolViolation("more blob bytes than announced");
    }
    System.arraycopy(chunk, 0, bytes, received, chunk.length);
    received += chunk.length;
  }

  boolean complete() {
    return received == bytes.length;
  }

  PeerMessage message() {
    return new PeerMessage(header, body, new Blob(mime, bytes));
  }
}
