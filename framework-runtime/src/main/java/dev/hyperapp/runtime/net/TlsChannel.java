package dev.hyperapp.runtime.net;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;

/**
 * TLS over a non-blocking socket, with the JDK's {@link SSLEngine}. Writing never has to wait: {@link
 * #tryWrite} encrypts a whole frame and leaves what the socket does not take now pending, for a thread
 * that may wait ({@link #output()}, {@link #flush}) to send later. So a link's reader, or a process
 * sending a message, never blocks on a peer whose TCP window is full — with a blocking socket two nodes
 * sending hard at each other could each block writing and neither read again.
 *
 * <p>One thread reads at a time (the handshake thread, then the link's reader) through {@link
 * #input()}; writes are serialized by a lock held only while encrypting and writing what fits, never
 * while waiting. Reading and writing run at once: the engine allows {@code wrap} beside {@code unwrap}.
 * Post-handshake messages that need an answer (a TLS 1.3 key update) are answered from the read side.
 *
 * <p>A peer that reads nothing must not hold a thread for good: a waiting write fails once the socket
 * has taken no byte for the write-stall timeout, and once the connection is closing every wait, read
 * or write, ends by the close deadline.
 */
final class TlsChannel implements Closeable {

  private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);
  /** Encrypted bytes a waiting writer lets pile up before it waits for the socket to take some. */
  private static final int HIGH_WATER = 64 * 1024;

  private final SocketChannel channel;
  private final SSLEngine engine;
  private final Selector readable;
  private final Selector writable;
  private final ReentrantLock writeLock = new ReentrantLock();
  /** Encrypted bytes not yet taken by the socket, in read mode; guarded by {@link #writeLock}. */
  private ByteBuffer pending;
  /** Whether a waiting writer is between the records of one frame; guarded by {@link #writeLock}. */
  private boolean midFrame;
  /** Received bytes not yet decrypted, in write mode; read side only. */
  private ByteBuffer received;
  /** Decrypted bytes not yet read, in read mode; read side only. */
  private ByteBuffer decrypted;
  private volatile long readTimeoutNanos;
  private volatile long writeStallNanos;
  /** When every wait for the socket ends, a nanoTime; see {@link #closeBy}. */
  private volatile long closeDeadline = Long.MAX_VALUE;
  /** Whether our sending side is shut; guarded by {@link #writeLock}. */
  private boolean outputShut;
  private volatile boolean handshakeDone;
  private volatile Runnable onPendingOutput = () -> {};

  /** Takes over {@code channel}, which is connected; it is switched to non-blocking mode. */
  TlsChannel(SocketChannel channel, SSLEngine engine) throws IOException {
    this.channel = channel;
    this.engine = engine;
    int packet = engine.getSession().getPacketBufferSize();
    this.pending = ByteBuffer.allocate(packet).flip();
    this.received = ByteBuffer.allocate(packet);
    this.decrypted = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize()).flip();
    channel.configureBlocking(false);
    this.readable = Selector.open();
    this.writable = Selector.open();
    try {
      channel.register(readable, SelectionKey.OP_READ);
      channel.register(writable, SelectionKey.OP_WRITE);
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  SSLEngine engine() {
    return engine;
  }

  /** How long a read waits for the first byte before it fails with {@link SocketTimeoutException}. */
  void setReadTimeout(long nanos) {
    readTimeoutNanos = nanos;
  }

  /**
   * How long a waiting write may wait for the socket to take a byte before it fails with {@link
   * SocketTimeoutException}; 0 waits as long as it takes.
   */
  void setWriteStallTimeout(long nanos) {
    writeStallNanos = nanos;
  }

  /**
   * Ends every wait for the socket, reads and writes, at {@code deadline} (a nanoTime) at the latest:
   * a thread that would wait longer fails with {@link SocketTimeoutException}. Threads waiting now are
   * woken to see the deadline.
   */
  void closeBy(long deadline) {
    closeDeadline = deadline;
    readable.wakeup();
    writable.wakeup();
  }

  /**
   * Called when a non-waiting write leaves encrypted bytes behind, so that a thread which may wait
   * sends them ({@link #flush}). It may run under this channel's write lock: it must not write.
   */
  void onPendingOutput(Runnable action) {
    onPendingOutput = action;
  }

  /** Runs the TLS handshake, failing if it is not done within {@code timeoutNanos}. */
  void handshake(long timeoutNanos) throws IOException {
    long deadline = System.nanoTime() + timeoutNanos;
    engine.beginHandshake();
    while (true) {
      switch (engine.getHandshakeStatus()) {
        case NEED_WRAP:
          writeLock.lock();
          try {
            encrypt(NOTHING);
          } finally {
            writeLock.unlock();
          }
          awaitSent(deadline);
          break;
        case NEED_UNWRAP:
        case NEED_UNWRAP_AGAIN:
          if (!decryptSome(deadline)) {
            throw new EOFException("The peer closed the connection during the TLS handshake");
          }
          break;
        case NEED_TASK:
          runTasks();
          break;
        default:
          handshakeDone = true;
          return;
      }
    }
  }

  // Writing.

  /**
   * Encrypts all of {@code plain} and writes what the socket takes now, without waiting; the rest is
   * left pending and {@link #onPendingOutput} is told. Takes nothing and returns {@code false} when
   * output is pending already or another writer is in the middle of a frame: the caller then hands the
   * frame to a thread that may wait.
   */
  boolean tryWrite(ByteBuffer plain) throws IOException {
    if (Thread.currentThread().isInterrupted()) {
      // An interrupted thread's channel operation would close the socket (it is an interruptible channel).
      return false;
    }
    writeLock.lock();
    try {
      if (midFrame || (pending.hasRemaining() && sendPending())) {
        return false;
      }
      encrypt(plain);
      if (sendPending()) {
        onPendingOutput.run();
      }
      return true;
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Sends what is pending, waiting for the socket as long as it takes, unless it stalls (see {@link
   * #setWriteStallTimeout}), is closed or interrupted.
   */
  void flush() throws IOException {
    awaitSent(Long.MAX_VALUE);
  }

  /**
   * A stream that writes each array whole as one frame or batch of frames, waiting for the socket when
   * its buffer is full. Other writers do not come between the records of one write.
   */
  OutputStream output() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        writeWaiting(ByteBuffer.wrap(bytes, offset, length));
      }
    };
  }

  private void writeWaiting(ByteBuffer plain) throws IOException {
    while (true) {
      boolean unfinished;
      boolean left;
      writeLock.lock();
      try {
        while (plain.hasRemaining() && pending.remaining() < HIGH_WATER) {
          encryptRecord(plain);
        }
        unfinished = plain.hasRemaining();
        midFrame = unfinished;
        left = sendPending();
      } finally {
        writeLock.unlock();
      }
      if (!unfinished && !left) {
        return;
      }
      awaitWritable(Long.MAX_VALUE);
    }
  }

  /** Waits until nothing is pending, or fails once {@code deadline} (a nanoTime) passes. */
  private void awaitSent(long deadline) throws IOException {
    while (true) {
      writeLock.lock();
      try {
        if (!sendPending()) {
          return;
        }
      } finally {
        writeLock.unlock();
      }
      awaitWritable(deadline);
    }
  }

  private void encrypt(ByteBuffer plain) throws IOException {
    do {
      encryptRecord(plain);
    } while (plain.hasRemaining());
  }

  /** Encrypts one TLS record's worth of {@code plain} (or a handshake message) onto the pending bytes. */
  private void encryptRecord(ByteBuffer plain) throws IOException {
    int room = engine.getSession().getPacketBufferSize();
    pending.compact();
    try {
      while (true) {
        if (pending.remaining() < room) {
          pending = grown(pending, pending.position() + room);
        }
        SSLEngineResult result = engine.wrap(plain, pending);
        switch (result.getStatus()) {
          case OK:
            if (result.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
              runTasks();
            }
            return;
          case BUFFER_OVERFLOW:
            room = pending.capacity();
            break;
          default:
            throw new SSLException("The TLS connection is closed (" + result.getStatus() + ")");
        }
      }
    } finally {
      pending.flip();
    }
  }

  /** Writes what the socket takes now; returns whether bytes are still pending. */
  private boolean sendPending() throws IOException {
    while (pending.hasRemaining()) {
      if (channel.write(pending) == 0) {
        return true;
      }
    }
    return false;
  }

  private void awaitWritable(long deadline) throws IOException {
    long stall = writeStallNanos;
    // A wait ends as soon as the socket has room, so a wait that lasts the stall timeout is a stall.
    await(writable, stall > 0 ? earlier(deadline, System.nanoTime() + stall) : deadline,
        "The peer took no bytes");
  }

  // Reading.

  /** The decrypted bytes, read with this channel's read timeout; -1 at the peer's end of stream. */
  InputStream input() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      /** Whether bytes are in hand, decrypted or not: a hint that more is about to be read. */
      @Override
      public int available() {
        return decrypted.hasRemaining() ? decrypted.remaining() : received.position() > 0 ? 1 : 0;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        long deadline = deadlineAfter(readTimeoutNanos);
        while (!decrypted.hasRemaining()) {
          if (!decryptSome(deadline)) {
            return -1;
          }
        }
        int count = Math.min(length, decrypted.remaining());
        decrypted.get(bytes, offset, count);
        return count;
      }
    };
  }

  private static long deadlineAfter(long nanos) {
    return nanos <= 0 ? Long.MAX_VALUE : System.nanoTime() + nanos;
  }

  /**
   * Reads and decrypts until some plain bytes or a handshake step came out, waiting until {@code
   * deadline}; returns {@code false} at the end of the stream (the socket's or TLS's).
   */
  private boolean decryptSome(long deadline) throws IOException {
    while (true) {
      received.flip();
      SSLEngineResult result;
      decrypted.compact();
      try {
        result = engine.unwrap(received, decrypted);
      } finally {
        decrypted.flip();
        received.compact();
      }
      switch (result.getStatus()) {
        case CLOSED:
          return false;
        case BUFFER_OVERFLOW:
          decrypted = grown(decrypted.compact(), decrypted.capacity() + engine.getSession().getApplicationBufferSize()).flip();
          continue;
        case BUFFER_UNDERFLOW:
          int packet = engine.getSession().getPacketBufferSize();
          if (received.capacity() < packet) {
            received = grown(received, packet);
          }
          if (!receive(deadline)) {
            return false;
          }
          continue;
        default:
          break;
      }
      boolean progress = answerHandshake(result.getHandshakeStatus()) || result.bytesProduced() > 0;
      if (progress || engine.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING) {
        return true;
      }
      // A post-handshake message (a session ticket) that needs no answer: read on.
    }
  }

  /**
   * Does what the engine asks after an unwrap; returns whether it asked anything. During the handshake
   * the handshake loop sends what the engine wants sent; after it (a TLS 1.3 key update) it is sent from
   * here without waiting: the reader must never block on the socket. Once our sending side is shut
   * nothing is sent: the peer asked us to change the key of a direction that carries nothing more, and
   * writing would fail and end the reader before the peer closed.
   */
  private boolean answerHandshake(SSLEngineResult.HandshakeStatus status) throws IOException {
    switch (status) {
      case NEED_TASK:
        runTasks();
        return true;
      case NEED_WRAP:
        if (handshakeDone) {
          writeLock.lock();
          try {
            if (outputShut) {
              return true;
            }
            while (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
              encryptRecord(NOTHING);
            }
            if (sendPending()) {
              onPendingOutput.run();
            }
          } finally {
            writeLock.unlock();
          }
        }
        return true;
      case FINISHED:
        return true;
      default:
        return false;
    }
  }

  /** Reads what the socket has, waiting until {@code deadline}; {@code false} at its end of stream. */
  private boolean receive(long deadline) throws IOException {
    while (true) {
      int count = channel.read(received);
      if (count < 0) {
        return false;
      }
      if (count > 0) {
        return true;
      }
      await(readable, deadline, "Nothing was received");
    }
  }

  /**
   * Waits until the selector's channel is ready, failing with {@link SocketTimeoutException} once
   * {@code until} or the close deadline passes (a deadline set while waiting counts too).
   */
  private void await(Selector selector, long until, String timeoutMessage) throws IOException {
    while (true) {
      int ready;
      // The writer and a goodbye may wait on the same selector: each selects and clears the selected
      // keys as one step (a key left selected by the other's clear would make every later select
      // return 0 at once), and reads the deadlines once it is its turn.
      synchronized (selector) {
        long deadline = earlier(until, closeDeadline);
        long left = deadline == Long.MAX_VALUE ? 0 : deadline - System.nanoTime();
        if (deadline != Long.MAX_VALUE && left <= 0) {
          throw new SocketTimeoutException(timeoutMessage + " within the time allowed");
        }
        try {
          // Rounded up: a wait that ends before its deadline would only start again.
          ready = deadline == Long.MAX_VALUE
              ? selector.select()
              : selector.select(Math.max(1, (left + 999_999) / 1_000_000));
          selector.selectedKeys().clear();
        } catch (ClosedSelectorException e) {
          throw new ClosedChannelException();
        }
      }
      if (Thread.interrupted()) {
        throw new InterruptedIOException("Interrupted while waiting on the socket");
      }
      if (!channel.isOpen()) {
        throw new ClosedChannelException();
      }
      if (ready > 0) {
        return;
      }
    }
  }

  /** The earlier of two nanoTime deadlines, {@code Long.MAX_VALUE} being none. */
  private static long earlier(long deadline, long other) {
    if (deadline == Long.MAX_VALUE) {
      return other;
    }
    return other != Long.MAX_VALUE && other - deadline < 0 ? other : deadline;
  }

  private void runTasks() {
    Runnable task;
    while ((task = engine.getDelegatedTask()) != null) {
      task.run();
    }
  }

  private static ByteBuffer grown(ByteBuffer writing, int capacity) {
    ByteBuffer bigger = ByteBuffer.allocate(capacity);
    writing.flip();
    bigger.put(writing);
    return bigger;
  }

  /** Sends no more: the peer reads the end of the stream after what was sent. */
  void shutdownOutput() throws IOException {
    writeLock.lock();
    try {
      outputShut = true;
      channel.shutdownOutput();
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Closes the socket at once, without TLS's close_notify: a peer that reads nothing would hold a
   * polite close up, and the link's own GOODBYE frame marks a deliberate end. Wakes a reader or writer
   * waiting on it.
   */
  @Override
  public void close() {
    closeQuietly(channel);
    // Closing the selectors wakes their waiting threads and releases the socket, whose closing the JDK
    // defers while it is registered.
    closeQuietly(readable);
    closeQuietly(writable);
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      // Closing is all that is left to do with it.
    }
  }
}
