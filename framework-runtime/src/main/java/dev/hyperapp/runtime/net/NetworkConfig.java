package dev.hyperapp.runtime.net;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import dev.hyperapp.runtime.identity.HostPort;

/**
 * The limits and timings of a {@link PeerNetwork}. Start from {@link #defaults()} and change what you
 * need with the {@code with…} methods.
 *
 * @param maxMessageSize the largest message (header + body + blob + MIME type) sent or accepted;
 *     both sides of a link announce theirs and the smaller one applies to what is sent
 * @param maxQueuedMessages how many messages may wait for one peer before {@code send} fails with
 *     {@code OFFLINE}
 * @param maxQueuedBytes how many bytes may wait for one peer before {@code send} fails with
 *     {@code OFFLINE}
 * @param blobChunkSize how much of a blob is written before other messages get their turn
 * @param connectTimeout how long a TCP connect may take
 * @param handshakeTimeout how long the TLS handshake and the link greeting may take
 * @param heartbeatInterval how long a link may stay silent before a heartbeat is sent
 * @param heartbeatTimeout how long a link may hear nothing before it is considered dead
 * @param idleTimeout how long a link may carry no message before it is closed
 * @param writeStallTimeout how long a link may wait for the peer to take a byte of what is waiting to be
 *     sent before it is dropped as lost: a peer that reads nothing must not hold messages and threads
 * @param closeTimeout how long closing a link may wait for the peer: for the goodbye to be written,
 *     then for the peer to close its side; after that the socket is closed hard
 * @param reconnectInitialDelay the first wait after a failed connection attempt, doubled after each
 *     further failure
 * @param reconnectMaxDelay the longest wait between attempts
 * @param maxLinks how many links the node keeps open at most; further incoming connections are
 *     turned away
 * @param advertisedAddresses the addresses put in this node's record; empty means the bound address
 */
public record NetworkConfig(
    int maxMessageSize,
    int maxQueuedMessages,
    long maxQueuedBytes,
    int blobChunkSize,
    Duration connectTimeout,
    Duration handshakeTimeout,
    Duration heartbeatInterval,
    Duration heartbeatTimeout,
    Duration idleTimeout,
    Duration writeStallTimeout,
    Duration closeTimeout,
    Duration reconnectInitialDelay,
    Duration reconnectMaxDelay,
    int maxLinks,
    List<HostPort> advertisedAddresses) {

  /** A message is held in memory whole on both sides, so a gibibyte is the most that makes sense. */
  public static final int MAX_MESSAGE_SIZE_LIMIT = 1 << 30;

  public NetworkConfig {
    requirePositive(maxMessageSize, "maxMessageSize");
    if (maxMessageSize > MAX_MESSAGE_SIZE_LIMIT) {
      throw new IllegalArgumentException(
          "maxMessageSize must be at most " + MAX_MESSAGE_SIZE_LIMIT + ", not " + maxMessageSize);
    }
    requirePositive(maxQueuedMessages, "maxQueuedMessages");
    requirePositive(maxQueuedBytes, "maxQueuedBytes");
    requirePositive(blobChunkSize, "blobChunkSize");
    requirePositive(maxLinks, "maxLinks");
    requirePositive(writeStallTimeout, "writeStallTimeout");
    requirePositive(closeTimeout, "closeTimeout");
    if (heartbeatTimeout.compareTo(heartbeatInterval) <= 0) {
      throw new IllegalArgumentException("heartbeatTimeout must be longer than heartbeatInterval");
    }
    if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
      throw new IllegalArgumentException("reconnectMaxDelay must not be shorter than the initial delay");
    }
    advertisedAddresses = List.copyOf(advertisedAddresses);
  }

  private static void requirePositive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
  }

  private static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
  }

  /**
   * 10 MiB messages, 1024 messages or 64 MiB queued per peer, 64 KiB blob chunks, a link dropped after
   * 30 s in which the peer took no byte, 5 s to close a link, and so on.
   */
  public static NetworkConfig defaults() {
    return new NetworkConfig(
        10 * 1024 * 1024,
        1024,
        64L * 1024 * 1024,
        64 * 1024,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        Duration.ofMillis(200),
        Duration.ofSeconds(30),
        256,
        List.of());
  }

  public NetworkConfig withMaxMessageSize(int value) {
    return with(copy -> copy.maxMessageSize = value);
  }

  public NetworkConfig withQueueLimits(int messages, long bytes) {
    return with(copy -> {
      copy.maxQueuedMessages = messages;
      copy.maxQueuedBytes = bytes;
    });
  }

  public NetworkConfig withBlobChunkSize(int value) {
    return with(copy -> copy.blobChunkSize = value);
  }

  public NetworkConfig withHeartbeat(Duration interval, Duration timeout) {
    return with(copy -> {
      copy.heartbeatInterval = interval;
      copy.heartbeatTimeout = timeout;
    });
  }

  public NetworkConfig withIdleTimeout(Duration value) {
    return with(copy -> copy.idleTimeout = value);
  }

  public NetworkConfig withWriteStallTimeout(Duration value) {
    return with(copy -> copy.writeStallTimeout = value);
  }

  public NetworkConfig withCloseTimeout(Duration value) {
    return with(copy -> copy.closeTimeout = value);
  }

  public NetworkConfig withReconnectDelays(Duration initial, Duration max) {
    return with(copy -> {
      copy.reconnectInitialDelay = initial;
      copy.reconnectMaxDelay = max;
    });
  }

  public NetworkConfig withAdvertisedAddresses(List<HostPort> value) {
    return with(copy -> copy.advertisedAddresses = value);
  }

  /** This configuration with {@code change} made to a copy, checked again by the constructor. */
  private NetworkConfig with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The settings as fields to change: each {@code with…} method names only what it changes. */
  private static final class Copy {
    int maxMessageSize;
    int maxQueuedMessages;
    long maxQueuedBytes;
    int blobChunkSize;
    Duration connectTimeout;
    Duration handshakeTimeout;
    Duration heartbeatInterval;
    Duration heartbeatTimeout;
    Duration idleTimeout;
    Duration writeStallTimeout;
    Duration closeTimeout;
    Duration reconnectInitialDelay;
    Duration reconnectMaxDelay;
    int maxLinks;
    List<HostPort> advertisedAddresses;

    Copy(NetworkConfig from) {
      maxMessageSize = from.maxMessageSize;
      maxQueuedMessages = from.maxQueuedMessages;
      maxQueuedBytes = from.maxQueuedBytes;
      blobChunkSize = from.blobChunkSize;
      connectTimeout = from.connectTimeout;
      handshakeTimeout = from.handshakeTimeout;
      heartbeatInterval = from.heartbeatInterval;
      heartbeatTimeout = from.heartbeatTimeout;
      idleTimeout = from.idleTimeout;
      writeStallTimeout = from.writeStallTimeout;
      closeTimeout = from.closeTimeout;
      reconnectInitialDelay = from.reconnectInitialDelay;
      reconnectMaxDelay = from.reconnectMaxDelay;
      maxLinks = from.maxLinks;
      advertisedAddresses = from.advertisedAddresses;
    }

    NetworkConfig build() {
      return new NetworkConfig(maxMessageSize, maxQueuedMessages, maxQueuedBytes, blobChunkSize,
          connectTimeout, handshakeTimeout, heartbeatInterval, heartbeatTimeout, idleTimeout,
          writeStallTimeout, closeTimeout, reconnectInitialDelay, reconnectMaxDelay, maxLinks,
          advertisedAddresses);
    }
  }
}
