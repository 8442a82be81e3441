package dev.hyperapp.runtime.net;

import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything this node keeps for one peer: the outgoing queue, the current connection if any, and
 * the dialing and reconnection state. A link outlives its connections: messages queued while a
 * connection is replaced go out on the next one, in order.
 *
 * <h2>One connection per pair</h2>
 * When both nodes dial each other at once, each side keeps the connection dialed by the node whose
 * name sorts first. The acceptor decides before it answers the greeting, so a connection is never
 * used until both sides agree on it: it refuses an incoming connection while it is dialing that peer
 * itself and its own name sorts first, or while it holds a connection it dialed itself with a name
 * that sorts first and the peer has not restarted (same incarnation). Any other incoming connection
 * replaces the current one: the peer would not dial unless it lost the old one.
 */
final class PeerLink {

  private static final Logger LOG = LoggerFactory.getLogger(PeerLink.class);

  private final String peer;
  private final PeerNetwork network;
  private final Outbox outbox;
  private final Backoff backoff;
  private Connection connection;
  private boolean dialing;
  private boolean waitingToRetry;
  private long retryAtNanos;
  private long failedAtNanos;
  private final long onDemandDialNanos;
  private String lastFailure;
  private boolean closed;
  /** Callers of {@link #connect()} waiting for the next connection or dial failure. */
  private final List<CompletableFuture<Void>> awaitingConnection = new ArrayList<>();
  private volatile long lastTrafficNanos = System.nanoTime();
  /**
   * Whether a message came from the peer since we last sent one: in a conversation (a request, its
   * answer) the sender writes its message itself; a run of sends with nothing back (a pipeline, a
   * stream) goes through the writer thread, which sends what piles up in one TLS record and system
   * call.
   */
  private volatile boolean heardSinceLastSend = true;

  PeerLink(String peer, PeerNetwork network) {
    NetworkConfig config = network.config();
    this.peer = peer;
    this.network = network;
    this.outbox = new Outbox(config.maxQueuedMessages(), config.maxQueuedBytes());
    this.backoff = new Backoff(config.reconnectInitialDelay(), config.reconnectMaxDelay());
    this.onDemandDialNanos = config.reconnectInitialDelay().toNanos();
  }

  String peer() {
    return peer;
  }

  Outbox outbox() {
    return outbox;
  }

  /** Notes that a message went out or came in, which keeps the link from being closed as idle. */
  void touch() {
    lastTrafficNanos = System.nanoTime();
  }

  /** Notes that a message came from the peer. */
  void heard() {
    heardSinceLastSend = true;
    touch();
  }

  long idleNanos() {
    return System.nanoTime() - lastTrafficNanos;
  }

  synchronized boolean isConnected() {
    return connection != null;
  }

  /**
   * Queues {@code message}, or writes it on the calling thread when the connection is up and nothing
   * waits (see {@link Connection#writeNow}).
   */
  CompletionStage<Void> send(PeerMessage message) {
    Outbox.Outgoing outgoing = new Outbox.Outgoing(message);
    boolean dial;
    Connection writeNow = null;
    synchronized (this) {
      if (closed) {
        return offline("The network of " + network.name() + " is closed");
      }
      // The growing backoff paces automatic reconnection only: a caller's message may dial again once
      // the initial delay has passed, so a peer that came back is reached by the next message.
      long now = System.nanoTime();
      long nextAttempt = Math.min(retryAtNanos, failedAtNanos + onDemandDialNanos);
      if (connection == null && !dialing && waitingToRetry && now - nextAttempt < 0) {
        return offline(peer + " is unreachable (" + lastFailure + "); the next attempt is in "
            + TimeUnit.NANOSECONDS.toMillis(nextAttempt - now) + " ms");
      }
      boolean conversing = heardSinceLastSend;
      heardSinceLastSend = false;
      Outbox.Claim claim =
          outbox.claim(outgoing, conversing && connection != null && connection.mayWriteNow(message));
      if (claim == Outbox.Claim.FULL) {
        return offline("The queue to " + peer + " is full");
      }
      if (claim == Outbox.Claim.WRITE_NOW) {
        writeNow = connection;
      }
      dial = connection == null && !dialing;
      dialing |= dial;
    }
    touch();
    if (writeNow != null) {
      writeNow.writeNow(outgoing);
    }
    if (dial) {
      network.dial(this);
    }
    return outgoing.written;
  }

  /**
   * Puts back at the head of the queue a message that {@code from} took to write now but could not;
   * if {@code from} is no longer the current connection, whose end drained the queue already, the
   * message fails instead.
   */
  void requeue(Connection from, Outbox.Outgoing outgoing) {
    synchronized (this) {
      if (connection == from) {
        outbox.putBack(outgoing);
        return;
      }
    }
    Connection.fail(outbox, outgoing, ErrorCode.OFFLINE, "The link to " + peer + " closed while the message was sent");
  }

  /**
   * Completes once a connection to the peer is up: at once if one is, otherwise after a dial made
   * now, whatever the backoff says (someone asked for it). Fails with OFFLINE if that dial fails.
   */
  CompletionStage<Void> connect() {
    CompletableFuture<Void> connected = new CompletableFuture<>();
    boolean dial;
    synchronized (this) {
      if (closed) {
        return offline("The network of " + network.name() + " is closed");
      }
      if (connection != null) {
        return CompletableFuture.completedFuture(null);
      }
      awaitingConnection.add(connected);
      dial = !dialing;
      dialing = true;
    }
    if (dial) {
      network.dial(this);
    }
    return connected;
  }

  private static CompletionStage<Void> offline(String message) {
    return CompletableFuture.failedFuture(new RpcException(DispatchError.of(ErrorCode.OFFLINE, message)));
  }

  /**
   * Decides on a connection {@code candidate} the peer dialed, which has sent its greeting; if it
   * is accepted, answers WELCOME and starts using it.
   */
  boolean acceptIncoming(Connection candidate) throws IOException {
    Connection replaced;
    synchronized (this) {
      boolean weSortFirst = network.name().compareTo(peer) < 0;
      if (closed
          || (connection == null && dialing && weSortFirst)
          || (connection != null
              && connection.initiatedByUs()
              && weSortFirst
              && connection.peerIncarnation() == candidate.peerIncarnation())) {
        return false;
      }
      candidate.sendGreeting(FrameType.WELCOME);
      replaced = install(candidate);
    }
    retire(replaced);
    if (replaced != null && replaced.peerIncarnation() != candidate.peerIncarnation()) {
      // The peer restarted: what it had not answered on the old connection it never will.
      network.handler().onLinkClosed(peer, peer + " restarted");
    }
    return true;
  }

  /** Our dial was welcomed: the peer uses this connection from now on, and so do we. */
  void dialed(Connection connected) throws IOException {
    Connection replaced;
    synchronized (this) {
      dialing = false;
      if (closed) {
        connected.end(true, "the network is closed");
        return;
      }
      replaced = install(connected);
    }
    retire(replaced);
  }

  private Connection install(Connection fresh) throws IOException {
    Connection replaced = connection;
    connection = fresh;
    waitingToRetry = false;
    backoff.reset();
    network.opened(fresh);
    fresh.start();
    LOG.info("Linked to {} ({})", peer, fresh.initiatedByUs() ? "dialed" : "accepted");
    awaitingConnection.forEach(waiting -> waiting.complete(null));
    awaitingConnection.clear();
    return replaced;
  }

  private static void retire(Connection replaced) {
    if (replaced != null) {
      replaced.end(true, "replaced by a newer connection");
    }
  }

  /**
   * The peer refused our dial because its own connection wins the tie; it will arrive. The queue is
   * kept for it, and we dial again after a while in case the peer's attempt fails.
   */
  void dialRefused(String reason) {
    synchronized (this) {
      dialing = false;
      if (closed || connection != null) {
        return;
      }
      LOG.debug("{} refused our connection: {}", peer, reason);
      network.schedule(this::retry, backoff.nextDelayNanos());
    }
  }

  /** No address of the peer answered: fail what waits, fast, and back off before the next try. */
  void dialFailed(String reason) {
    List<Outbox.Outgoing> failed;
    synchronized (this) {
      dialing = false;
      if (connection != null) {
        return;
      }
      failed = outbox.drain();
      lastFailure = reason;
      backOff(true);
    }
    LOG.info("Cannot reach {}: {}", peer, reason);
    failAll(failed, peer + " is unreachable: " + reason);
    failWaiting(peer + " is unreachable: " + reason);
  }

  /**
   * A connection ended. If it was the current one and was closed on purpose (idle, or the peer's
   * goodbye) while messages wait, a fresh connection is dialed for them: they may have been queued
   * just as the link closed for idleness. Otherwise what waits fails with OFFLINE, and if the
   * connection was lost rather than closed, and the link is in use, reconnection starts.
   */
  void connectionEnded(Connection ended, boolean deliberate, String reason) {
    network.closed(ended);
    List<Outbox.Outgoing> failed = List.of();
    boolean redial = false;
    synchronized (this) {
      if (connection != ended) {
        return;
      }
      connection = null;
      if (deliberate && !closed && !dialing && !outbox.isEmpty()) {
        redial = dialing = true;
      } else {
        failed = outbox.drain();
      }
      if (!deliberate) {
        lastFailure = reason;
        backOff(idleNanos() < network.config().idleTimeout().toNanos());
      }
    }
    LOG.info("Link to {} closed: {}", peer, reason);
    failAll(failed, "The link to " + peer + " closed: " + reason);
    network.handler().onLinkClosed(peer, reason);
    if (redial) {
      network.dial(this);
    }
  }

  /** Holds sends back until the next attempt and, if asked, schedules that attempt. */
  private void backOff(boolean reconnect) {
    long delay = backoff.nextDelayNanos();
    waitingToRetry = true;
    failedAtNanos = System.nanoTime();
    retryAtNanos = failedAtNanos + delay;
    if (reconnect && !closed) {
      network.schedule(this::retry, delay);
    }
  }

  /** A scheduled attempt: dial again unless connected meanwhile or no longer in use. */
  private void retry() {
    synchronized (this) {
      boolean inUse = idleNanos() < network.config().idleTimeout().toNanos();
      if (closed || connection != null || dialing || !inUse) {
        return;
      }
      dialing = true;
    }
    network.dial(this);
  }

  /** Breaks the current connection without a goodbye, as a lost network would. */
  void drop(String reason) {
    Connection current;
    synchronized (this) {
      current = connection;
    }
    if (current != null) {
      current.end(false, reason);
    }
  }

  /**
   * The network is closing: say goodbye, waiting for the peer until {@code deadline} (a nanoTime) at
   * most, and fail what waits.
   */
  void close(long deadline) {
    Connection current;
    List<Outbox.Outgoing> failed;
    synchronized (this) {
      closed = true;
      current = connection;
      failed = outbox.drain();
    }
    failAll(failed, "The network of " + network.name() + " is closed");
    failWaiting("The network of " + network.name() + " is closed");
    if (current != null) {
      current.goodbye("the node is shutting down", deadline);
    }
  }

  private void failAll(List<Outbox.Outgoing> failed, String message) {
    for (Outbox.Outgoing outgoing : failed) {
      Connection.fail(outbox, outgoing, ErrorCode.OFFLINE, message);
    }
  }

  private void failWaiting(String message) {
    List<CompletableFuture<Void>> waiting;
    synchronized (this) {
      waiting = List.copyOf(awaitingConnection);
      awaitingConnection.clear();
    }
    RpcException offline = new RpcException(DispatchError.of(ErrorCode.OFFLINE, message));
    waiting.forEach(future -> future.completeExceptionally(offline));
  }

  @Override
  public String toString() {
    return "PeerLink[" + peer + "]";
  }
}
