package dev.hyperapp.runtime.net;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/** Decoding of the message frames' payloads (see {@link FrameType}). */
final class Wire {

  private Wire() {}

  /** Reads a MESSAGE payload; the message must fit within {@code maxMessageSize}. */
  static PeerMessage message(byte[] payload, int maxMessageSize) throws ProtocolViolation {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(payload);
      byte[] header = bytes(buffer, buffer.getInt());
      byte[] body = bytes(buffer, buffer.remaining());
      if ((long) header.length + body.length > maxMessageSize) {
        throw new ProtocolViolation(
            "a message of " + (header.length + body.length) + " bytes, over the limit of "
                + maxMessageSize);
      }
      return new PeerMessage(header, body);
    } catch (BufferUnderflowException e) {
      throw new ProtocolViolation("a truncated message");
    }
  }

  static byte[] bytes(ByteBuffer buffer, int length) throws ProtocolViolation {
    if (length < 0 || length > buffer.remaining()) {
      throw new ProtocolViolation("a length of " + length + " where " + buffer.remaining() + " bytes are left");
    }
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return bytes;
  }
}
