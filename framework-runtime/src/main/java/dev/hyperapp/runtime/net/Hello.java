package dev.hyperapp.runtime.net;

import java.nio.ByteBuffer;

/**
 * The greeting each side sends once TLS is up: the protocol version, the sender's incarnation (a
 * random number drawn at every start, so a restarted peer is told apart from a duplicate connection)
 * and the largest message the sender accepts.
 */
record Hello(int version, long incarnation, int maxMessageSize) {

  static final int CURRENT_VERSION = 1;
  private static final int SIZE = 2 + 8 + 4;

  byte[] encode() {
    return ByteBuffer.allocate(SIZE)
        .putShort((short) version)
        .putLong(incarnation)
        .putInt(maxMessageSize)
        .array();
  }

  static Hello decode(byte[] payload) throws ProtocolViolation {
    if (payload.length != SIZE) {
      throw new ProtocolViolation("a greeting of " + payload.length + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.wrap(payload);
    Hello hello = new Hello(Short.toUnsignedInt(buffer.getShort()), buffer.getLong(), buffer.getInt());
    if (hello.maxMessageSize <= 0) {
      throw new ProtocolViolation("a greeting with a message size limit of " + hello.maxMessageSize);
    }
    return hello;
  }
}
