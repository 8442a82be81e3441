package dev.hyperapp.runtime.net;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes frames (see {@link FrameType}) to a link. Each frame is written whole under the writer's
 * lock, so a heartbeat or a goodbye from another thread never lands inside a message. Frames are
 * flushed at once, except that the link's writer {@linkplain #bufferMessage buffers} messages and
 * flushes when no other message waits, so messages queued together leave in one TLS record and one
 * system call.
 */
final class FrameWriter {

  private final DataOutputStream out;
  private final ReentrantLock lock = new ReentrantLock();

  FrameWriter(OutputStream stream) {
    this.out = new DataOutputStream(new BufferedOutputStream(stream, 16 * 1024));
  }

  void control(FrameType type, byte[] payload) throws IOException {
    lock.lock();
    try {
      start(type, payload.length);
      out.write(payload);
      out.flush();
    } finally {
      lock.unlock();
    }
  }

  void reason(FrameType type, String text) throws IOException {
    control(type, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a reason frame unless another thread is in the middle of a frame (possibly blocked on a
   * peer that reads nothing); returns whether it was written.
   */
  boolean tryReason(FrameType type, String text) throws IOException {
    if (!lock.tryLock()) {
      return false;
    }
    try {
      reason(type, text);
      return true;
    } finally {
      lock.unlock();
    }
  }

  void message(PeerMessage message) throws IOException {
    lock.lock();
    try {
      bufferMessage(message);
      out.flush();
    } finally {
      lock.unlock();
    }
  }

  /** Buffers a message frame; it leaves with the next {@link #flush} or any other frame. */
  void bufferMessage(PeerMessage message) throws IOException {
    ByteBuffer frame = messageFrame(message);
    lock.lock();
    try {
      out.write(frame.array(), 0, frame.limit());
    } finally {
      lock.unlock();
    }
  }

  /** A whole MESSAGE frame, for a sender that writes it to the link itself. */
  static ByteBuffer messageFrame(PeerMessage message) {
    byte[] header = message.header();
    byte[] body = message.body();
    ByteBuffer frame = ByteBuffer.allocate(4 + 1 + 4 + header.length + body.length);
    frame.putInt(1 + 4 + header.length + body.length);
    frame.put((byte) FrameType.MESSAGE.code);
    frame.putInt(header.length);
    frame.put(header);
    frame.put(body);
    return frame.flip();
  }

  void flush() throws IOException {
    lock.lock();
    try {
      out.flush();
    } finally {
      lock.unlock();
    }
  }

  void blobStart(PeerMessage message) throws IOException {
    byte[] mime = message.mimeBytes();
    lock.lock();
    try {
      start(
          FrameType.BLOB_START,
          4 + message.header().length + 4 + message.body().length + 2 + mime.length + 4);
      out.writeInt(message.header().length);
      out.write(message.header());
      out.writeInt(message.body().length);
      out.write(message.body());
      out.writeShort(mime.length);
      out.write(mime);
      out.writeInt(message.blob().bytes().length);
      out.flush();
    } finally {
      lock.unlock();
    }
  }

  void blobChunk(byte[] bytes, int offset, int length) throws IOException {
    lock.lock();
    try {
      start(FrameType.BLOB_CHUNK, length);
      out.write(bytes, offset, length);
      out.flush();
    } finally {
      lock.unlock();
    }
  }

  private void start(FrameType type, int payloadLength) throws IOException {
    out.writeInt(1 + payloadLength);
    out.writeByte(type.code);
  }
}
