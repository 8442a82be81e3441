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

  Outbox(int maxMessages, long maxBytes) {
    this.maxMessages = maxMessages;
    this.maxBytes = maxBytes;
  }

  /** Queues {@code outgoing}, or returns {@code false} if the bounds leave no room for it. */
  synchronized boolean offer(Outgoing outgoing) {
    long size = outgoing.message.size();
    if (heldMessages >= maxMessages || heldBytes + size > maxBytes) {
      return false;
    }
    heldMessages++;
    heldBytes += size;
    queue.addLast(outgoing);
    notifyAll();
    return true;
  }

  /** The next message, waiting up to {@code timeoutNanos}; {@code null} if none came. */
  synchronized Outgoing poll(long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    while (queue.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return queue.pollFirst();
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
