package dev.hyperapp.runtime.net;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads frames (see {@link FrameType}) from a link. The length is checked before any payload byte is
 * read, so a peer cannot make this node allocate more than the limit it was given.
 */
final class FrameReader {

  /** Room for a frame's own fields beside the message bytes (lengths, type). */
  static final int FRAME_OVERHEAD = 64;

  private final DataInputStream in;

  FrameReader(InputStream stream) {
    this.in = new DataInputStream(new BufferedInputStream(stream, 16 * 1024));
  }

  record Frame(FrameType type, byte[] payload) {}

  /** Whether bytes of a next frame are in hand already, so that reading it will not wait long. */
  boolean hasMoreInHand() throws IOException {
    return in.available() > 0;
  }

  /** The next frame, whose payload may be at most {@code maxPayload} bytes. */
  Frame read(int maxPayload) throws IOException {
    int length = in.readInt();
    if (length < 1 || length - 1 > maxPayload) {
      throw new ProtocolViolation(
          "a frame of " + (length - 1L) + " bytes, over the limit of " + maxPayload);
    }
    FrameType type = FrameType.of(in.readUnsignedByte());
    byte[] payload = new byte[length - 1];
    in.readFully(payload);
    return new Frame(type, payload);
  }
}
