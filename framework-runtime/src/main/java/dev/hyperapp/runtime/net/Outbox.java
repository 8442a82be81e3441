package dev.hyperapp.runtime.net;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The messages waiting to be written to one peer, in send order, bounded by count and by bytes. A
 * message counts against the bounds from {@link #offer} until it is {@link #release}d — that is,
 * until its last byte is written or it has failed — so a blob being streamed still takes its room.
 *
 * <p>One writer at a time holds the <em>turn</em>: the link's writer thread while it drains the queue,
 * or a sending thread that {@linkplain #claim writes its message itself} because nothing was queued or
 * being written. Whoever holds the turn writes in queue order, so messages leave in the order sent.
 */
final class Outbox {

  /** A message on its way, and the stage its sender holds. */
  static final class Outgoing {
    final PeerMessage message;
    final CompletableFuture<Void> written = new CompletableFuture<>();

    Outgoing(PeerMessage message) {
      this.message = message;
    }
  }

  private final int maxMessages;
  private final long maxBytes;
  private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
  private int heldMessages;
  private long heldBytes;
  private boolean turnTaken;
  /** Encrypted bytes a sending thread left behind wait for the writer thread. */
  private boolean flushRequested;

  Outbox(int maxMessages, long maxBytes) {
    this.maxMessages = maxMessages;
    this.maxBytes = maxBytes;
  }

  /** What {@link #claim} did with a message. */
  enum Claim {
    /** The caller holds the turn and writes the message now; it gives the turn back with {@link #endTurn}. */
    WRITE_NOW,
    QUEUED,
    /** The bounds leave no room: nothing was taken. */
    FULL
  }

  /** Queues {@code outgoing}, or returns {@code false} if the bounds leave no room for it. */
  boolean offer(Outgoing outgoing) {
    return claim(outgoing, false) != Claim.FULL;
  }

  /**
   * Takes {@code outgoing} within the bounds. If {@code mayWriteNow} and nothing is queued, being
   * written or waiting to be flushed, the caller gets the turn to write it itself; otherwise it is
   * queued for the writer.
   */
  synchronized Claim claim(Outgoing outgoing, boolean mayWriteNow) {
    long size = outgoing.message.size();
    if (heldMessages >= maxMessages || heldBytes + size > maxBytes) {
      return Claim.FULL;
    }
    heldMessages++;
    heldBytes += size;
    if (mayWriteNow && queue.isEmpty() && !turnTaken && !flushRequested) {
      turnTaken = true;
      return Claim.WRITE_NOW;
    }
    queue.addLast(outgoing);
    notifyAll();
    return Claim.QUEUED;
  }

  /**
   * For the writer thread: waits up to {@code timeoutNanos} until a message is queued, or a flush is
   * asked for, while nobody else holds the turn, and takes the turn; {@code false} if the time ran out.
   */
  synchronized boolean takeTurn(long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    while (turnTaken || (queue.isEmpty() && !flushRequested)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    turnTaken = true;
    flushRequested = false;
    return true;
  }

  /** For the turn's holder: the next message, or {@code null} if none is queued. */
  synchronized Outgoing next() {
    return queue.pollFirst();
  }

  /** Gives the turn back. */
  synchronized void endTurn() {
    turnTaken = false;
    // Wake the writer only if it has something to do: a sender writing its own message leaves nothing.
    if (!queue.isEmpty() || flushRequested) {
      notifyAll();
    }
  }

  /** Asks the writer thread to send the encrypted bytes a sending thread could not. */
  synchronized void requestFlush() {
    flushRequested = true;
    notifyAll();
  }

  /** Puts back a message a writer took but could not write, at the head so the order holds. */
  synchronized void putBack(Outgoing outgoing) {
    queue.addFirst(outgoing);
    notifyAll();
  }

  /** Gives back the room {@code outgoing} held; called once it is written or has failed. */
  synchronized void release(Outgoing outgoing) {
    heldMessages--;
    heldBytes -= outgoing.message.size();
  }

  synchronized boolean isEmpty() {
    return queue.isEmpty();
  }

  /** Empties the queue and returns what was in it; the caller fails and releases each message. */
  synchronized List<Outgoing> drain() {
    List<Outgoing> drained = new ArrayList<>(queue);
    queue.clear();
    return drained;
  }
}
