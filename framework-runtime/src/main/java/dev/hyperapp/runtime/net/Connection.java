package dev.hyperapp.runtime.net;

import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated TLS connection to a peer, with a reader thread that delivers what arrives and a
 * writer thread that drains the peer's {@link Outbox}. A small message sent while nothing waits in the
 * outbox is written by the sending thread itself ({@link #writeNow}), without waiting on the socket:
 * that saves a thread hand-off per message, and the writer thread sends whatever the socket did not
 * take. A connection ends once: when either side closes it, when a read or write fails, when the peer
 * breaks the protocol, stays silent too long or takes none of our bytes too long.
 */
final class Connection {

  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
  private static final byte[] NOTHING = new byte[0];
  /** The largest message a sending thread writes itself: one TLS record; larger ones go to the writer. */
  private static final int WRITE_NOW_LIMIT = 16 * 1024 - FrameReader.FRAME_OVERHEAD;

  private final PeerNetwork network;
  private final PeerLink link;
  private final TlsChannel channel;
  private final boolean initiatedByUs;
  private final FrameReader in;
  private final FrameWriter out;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile boolean closing;
  /** Why the connection is closing, for whichever thread's failure ends it. */
  private volatile String closingReason = "closed";
  private Hello peerHello;
  /** The largest message the peer takes; set before the connection starts. */
  private int sendLimit;
  private Thread writer;

  /** @param channel a channel whose TLS handshake is done; its reads wait the handshake timeout */
  Connection(PeerNetwork network, PeerLink link, TlsChannel channel, boolean initiatedByUs) {
    this.network = network;
    this.link = link;
    this.channel = channel;
    this.initiatedByUs = initiatedByUs;
    this.in = new FrameReader(channel.input());
    this.out = new FrameWriter(channel.output());
    channel.setReadTimeout(network.config().handshakeTimeout().toNanos());
    channel.setWriteStallTimeout(network.config().writeStallTimeout().toNanos());
  }

  String peer() {
    return link.peer();
  }

  boolean initiatedByUs() {
    return initiatedByUs;
  }

  long peerIncarnation() {
    return peerHello.incarnation();
  }

  // The greeting, done on the handshake thread before the connection starts.

  void sendGreeting(FrameType type) throws IOException {
    out.control(type, network.hello().encode());
  }

  /**
   * Reads the peer's greeting: {@code expected} (HELLO when we accepted, WELCOME when we dialed), or
   * REFUSED when we dialed.
   */
  FrameReader.Frame readGreeting(FrameType expected) throws IOException {
    FrameReader.Frame frame = in.read(FrameReader.FRAME_OVERHEAD * 16);
    if (frame.type() == FrameType.REFUSED && expected == FrameType.WELCOME) {
      return frame;
    }
    if (frame.type() != expected) {
      throw new ProtocolViolation("a " + frame.type() + " frame instead of " + expected);
    }
    peerHello = Hello.decode(frame.payload());
    if (peerHello.version() != Hello.CURRENT_VERSION) {
      throw new ProtocolViolation("link protocol version " + peerHello.version() + " (we speak "
          + Hello.CURRENT_VERSION + ")");
    }
    return frame;
  }

  /** Turns the peer away during the greeting and closes. */
  void refuse(String reason) {
    try {
      out.reason(FrameType.REFUSED, reason);
    } catch (IOException e) {
      LOG.debug("Could not tell {} why it was refused", peer(), e);
    }
    closeSocket();
  }

  // Running.

  void start() {
    sendLimit = Math.min(network.config().maxMessageSize(), peerHello.maxMessageSize());
    channel.setReadTimeout(network.config().heartbeatTimeout().toNanos());
    Outbox outbox = link.outbox();
    channel.onPendingOutput(outbox::requestFlush);
    writer = new Thread(this::writeLoop, "hyperapp-link-" + peer() + "-writer");
    Thread reader = new Reader(this::readLoop, "hyperapp-link-" + peer() + "-reader");
    writer.setDaemon(true);
    reader.setDaemon(true);
    writer.start();
    reader.start();
  }

  /**
   * Says goodbye, if the writer is free to, and ends the connection; the peer will not reconnect.
   * After a goodbye only our sending side is shut: the reader goes on until the peer closes too, so
   * the goodbye is read before the connection is torn down (closing at once could reset it first).
   * Writing the goodbye, and the reader after it, wait for the peer until {@code deadline} (a
   * nanoTime) at most; then the socket is closed.
   */
  void goodbye(String reason, long deadline) {
    // Set first: the peer may read the goodbye and close before this method ends.
    closingReason = reason;
    closing = true;
    channel.closeBy(deadline);
    boolean said = false;
    try {
      said = out.tryReason(FrameType.GOODBYE, reason);
      if (said) {
        channel.shutdownOutput();
      }
    } catch (IOException e) {
      LOG.debug("Could not say goodbye to {}", peer(), e);
    }
    stop(true, reason, !said);
  }

  /**
   * Closes the connection and ends it, once, telling the link.
   *
   * @param deliberate whether one side meant to close (no reconnection follows) rather than lost it
   */
  void end(boolean deliberate, String reason) {
    stop(deliberate, reason, true);
  }

  private void stop(boolean deliberate, String reason, boolean closeNow) {
    // Decided before the socket closes: closing it fails the other thread's read or write, whose reason
    // must not win.
    boolean first = ended.compareAndSet(false, true);
    if (closeNow) {
      closeSocket();
    }
    if (!first) {
      return;
    }
    closing = true;
    if (writer != null && writer != Thread.currentThread()) {
      writer.interrupt();
    }
    LOG.debug("Link to {} ended: {}", peer(), reason);
    link.connectionEnded(this, deliberate, reason);
  }

  /**
   * Ends the connection after a read or write failed: lost, unless we were closing it, when the
   * failure is only the end of that.
   */
  private void endAfterFailure(String lost) {
    end(closing, closing ? closingReason : lost);
  }

  private void closeSocket() {
    channel.close();
  }

  /**
   * Whether the sending thread may write {@code message} itself (see {@link #writeNow}). Not a link
   * reader with more requests in hand: their answers are queued, and the writer thread sends them
   * together, in one TLS record and system call, as it does for any backlog.
   */
  boolean mayWriteNow(PeerMessage message) {
    return message.blob() == null
        && message.size() <= Math.min(WRITE_NOW_LIMIT, sendLimit)
        && !closing
        && !(Thread.currentThread() instanceof Reader reader && reader.moreInHand);
  }

  /** A link's reader thread, which notes whether more frames are in hand while it delivers one. */
  private static final class Reader extends Thread {
    /** Read and written by this thread only. */
    private boolean moreInHand;

    Reader(Runnable loop, String name) {
      super(loop, name);
    }
  }

  /**
   * Writes a message on the sending thread, which holds the outbox's turn for it ({@link
   * Outbox#claim}), and gives the turn back. It never waits on the socket: what the socket does not
   * take now the writer thread sends, and a message that cannot be encrypted now (other bytes still
   * wait) goes back to the head of the queue, for the writer.
   */
  void writeNow(Outbox.Outgoing outgoing) {
    Outbox outbox = link.outbox();
    boolean taken;
    try {
      taken = !closing && channel.tryWrite(FrameWriter.messageFrame(outgoing.message));
    } catch (IOException e) {
      outbox.endTurn();
      fail(outbox, outgoing, ErrorCode.OFFLINE, "The link to " + peer() + " failed while the message was sent");
      endAfterFailure("write failed: " + e);
      return;
    }
    if (!taken) {
      link.requeue(this, outgoing);
      outbox.endTurn();
      return;
    }
    outbox.endTurn();
    written(outbox, outgoing);
  }

  private void readLoop() {
    int maxMessageSize = network.config().maxMessageSize();
    int maxPayload = maxMessageSize + FrameReader.FRAME_OVERHEAD;
    InboundBlob blob = null;
    try {
      while (true) {
        FrameReader.Frame frame = in.read(maxPayload);
        switch (frame.type()) {
          case MESSAGE:
            deliver(Wire.message(frame.payload(), maxMessageSize));
            break;
          case BLOB_START:
            if (blob != null) {
              throw new ProtocolViolation("a blob that started before the previous one ended");
            }
            blob = InboundBlob.start(frame.payload(), maxMessageSize);
            break;
          case BLOB_CHUNK:
            if (blob == null) {
              throw new ProtocolViolation("a blob chunk outside a blob");
            }
            blob.append(frame.payload());
            break;
          case PING:
            break;
          case GOODBYE:
            end(true, peer() + " closed the link: " + new String(frame.payload(), StandardCharsets.UTF_8));
            return;
          default:
            throw new ProtocolViolation("an unexpected " + frame.type() + " frame");
        }
        if (blob != null && blob.complete()) {
          deliver(blob.message());
          blob = null;
        }
      }
    } catch (ProtocolViolation e) {
      LOG.warn("Disconnecting {}: it sent {}", peer(), e.getMessage());
      end(true, "protocol violation: " + e.getMessage());
    } catch (SocketTimeoutException e) {
      // While closing, the close deadline passed before the peer closed its side.
      endAfterFailure("nothing heard from " + peer() + " for " + network.config().heartbeatTimeout());
    } catch (IOException e) {
      endAfterFailure("read failed: " + e);
    }
  }

  private void deliver(PeerMessage message) throws IOException {
    link.heard();
    ((Reader) Thread.currentThread()).moreInHand = in.hasMoreInHand();
    if (network.isClosed()) {
      LOG.debug("Dropped a message from {} that arrived after the network closed", peer());
      return;
    }
    try {
      network.handler().onMessage(peer(), message);
    } catch (RuntimeException e) {
      LOG.error("The message handler failed on a message from {}", peer(), e);
    }
  }

  private void writeLoop() {
    NetworkConfig config = network.config();
    Outbox outbox = link.outbox();
    int chunkSize = Math.min(config.blobChunkSize(), sendLimit);
    long heartbeatNanos = config.heartbeatInterval().toNanos();
    // Blob messages stream one at a time, a chunk per turn; the head's start frame is already sent.
    ArrayDeque<Outbox.Outgoing> blobs = new ArrayDeque<>();
    // Messages buffered but not yet flushed: they count as written only once they have left.
    List<Outbox.Outgoing> buffered = new ArrayList<>();
    int blobOffset = 0;
    Outbox.Outgoing inHand = null;
    boolean turn = false;
    try {
      while (!closing) {
        if (!turn) {
          if (!outbox.takeTurn(heartbeatNanos)) {
            if (link.idleNanos() >= config.idleTimeout().toNanos()) {
              long deadline = System.nanoTime() + config.closeTimeout().toNanos();
              goodbye("idle for " + config.idleTimeout(), deadline);
              return;
            }
            out.control(FrameType.PING, NOTHING);
            continue;
          }
          turn = true;
          // What a sending thread left encrypted goes before anything queued after it.
          channel.flush();
        }
        Outbox.Outgoing next = outbox.next();
        if (next != null && closing) {
          outbox.putBack(next);
          return;
        }
        if (next != null) {
          if (next.message.size() > sendLimit) {
            fail(outbox, next, ErrorCode.TOO_LARGE, "The message of " + next.message.size()
                + " bytes is over " + peer() + "'s limit of " + sendLimit + " bytes");
          } else if (next.message.blob() == null) {
            inHand = next;
            out.bufferMessage(next.message);
            inHand = null;
            buffered.add(next);
          } else {
            blobs.addLast(next);
            if (blobs.size() == 1) {
              out.blobStart(next.message);
              blobOffset = 0;
            }
          }
        }
        if (!buffered.isEmpty() && (!blobs.isEmpty() || next == null)) {
          flushed(outbox, buffered);
        }
        if (!blobs.isEmpty()) {
          Outbox.Outgoing head = blobs.peekFirst();
          byte[] bytes = head.message.blob().bytes();
          int length = Math.min(chunkSize, bytes.length - blobOffset);
          if (length > 0) {
            out.blobChunk(bytes, blobOffset, length);
            blobOffset += length;
          }
          if (blobOffset == bytes.length) {
            written(outbox, blobs.pollFirst());
            if (!blobs.isEmpty()) {
              out.blobStart(blobs.peekFirst().message);
              blobOffset = 0;
            }
          }
        } else if (next == null) {
          outbox.endTurn();
          turn = false;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SocketTimeoutException e) {
      // While closing, the close deadline passed; otherwise the peer took no bytes for the stall timeout.
      if (!closing) {
        LOG.warn("Dropping the link to {}: it took no bytes for {}", peer(), config.writeStallTimeout());
      }
      endAfterFailure(peer() + " took no bytes for " + config.writeStallTimeout());
    } catch (IOException e) {
      endAfterFailure("write failed: " + e);
    } finally {
      if (!buffered.isEmpty()) {
        try {
          flushed(outbox, buffered);
        } catch (IOException e) {
          blobs.addAll(buffered);
        }
      }
      if (inHand != null) {
        blobs.addFirst(inHand);
      }
      if (turn) {
        outbox.endTurn();
      }
      for (Outbox.Outgoing unfinished : blobs) {
        fail(outbox, unfinished, ErrorCode.OFFLINE, "The link to " + peer() + " closed while the message was sent");
      }
    }
  }

  /** Sends what is buffered and marks those messages written. */
  private void flushed(Outbox outbox, List<Outbox.Outgoing> buffered) throws IOException {
    out.flush();
    for (Outbox.Outgoing outgoing : buffered) {
      written(outbox, outgoing);
    }
    buffered.clear();
  }

  private void written(Outbox outbox, Outbox.Outgoing outgoing) {
    link.touch();
    outbox.release(outgoing);
    outgoing.written.complete(null);
  }

  static void fail(Outbox outbox, Outbox.Outgoing outgoing, ErrorCode code, String message) {
    outbox.release(outgoing);
    outgoing.written.completeExceptionally(new RpcException(DispatchError.of(code, message)));
  }
}
