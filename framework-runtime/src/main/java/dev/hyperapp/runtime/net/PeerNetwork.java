package dev.hyperapp.runtime.net;

import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.HostPort;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's links to other nodes: authenticated, encrypted, one per peer, carrying opaque
 * {@link PeerMessage}s.
 *
 * <p>{@link #send} queues a message for a node and returns a stage that completes once the message
 * is written to the link, or fails at once with an {@link RpcException}: {@code TOO_LARGE} when the
 * message is over the size limit (the link is not affected), {@code OFFLINE} when the node is
 * unknown, unreachable, backing off after a failed attempt, or its queue is full, and {@code OFFLINE}
 * later if the link is lost before the message is written. Messages to one node are delivered in the
 * order they were sent, except that a message carrying a blob is delivered when its last chunk has
 * arrived, so messages sent after it may overtake it while its chunks travel. Delivery is at most
 * once: a message written to a connection that then breaks may be lost, and the caller's own timeout
 * covers that.
 *
 * <p>Incoming messages reach the {@link MessageHandler} with the peer's authenticated name. Stages
 * complete on the link's writer thread, or on the sending thread when it wrote the message itself:
 * attach heavy work with the {@code …Async} methods.
 *
 * <p>Threads: one acceptor, a bounded pool for TLS handshakes and dialing, one scheduler for
 * reconnection, and a reader and a writer per open link (at most {@link NetworkConfig#maxLinks()}).
 */
public final class PeerNetwork implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PeerNetwork.class);
  private static final int HANDSHAKE_THREADS = 8;
  private static final int HANDSHAKE_QUEUE = 256;

  private final NodeIdentity identity;
  private final Directory directory;
  private final NetworkConfig config;
  private final MessageHandler handler;
  private final ServerSocketChannel server;
  private final IdentityRecord record;
  private final LinkTls tls;
  private final Hello hello;
  private final Map<String, PeerLink> links = new ConcurrentHashMap<>();
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor handshakes;
  private final ScheduledThreadPoolExecutor timers;
  private final Thread acceptor;
  private volatile boolean closed;
  private volatile boolean cutOff;

  private PeerNetwork(
      NodeIdentity identity,
      Directory directory,
      NetworkConfig config,
      MessageHandler handler,
      ServerSocketChannel server)
      throws IOException {
    this.identity = identity;
    this.directory = directory;
    this.config = config;
    this.handler = handler;
    this.server = server;
    this.record = identity.record(advertisedAddresses(config, server));
    directory.publish(record);
    this.tls = new LinkTls(identity, record, directory);
    this.hello = new Hello(Hello.CURRENT_VERSION, new SecureRandom().nextLong(), config.maxMessageSize());
    this.handshakes =
        new ThreadPoolExecutor(
            HANDSHAKE_THREADS,
            HANDSHAKE_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(HANDSHAKE_QUEUE),
            threads("hyperapp-handshake-" + identity.name()));
    handshakes.allowCoreThreadTimeOut(true);
    this.timers = new ScheduledThreadPoolExecutor(1, threads("hyperapp-reconnect-" + identity.name()));
    timers.setRemoveOnCancelPolicy(true);
    this.acceptor = new Thread(this::acceptLoop, "hyperapp-accept-" + identity.name());
    acceptor.setDaemon(true);
  }

  /**
   * Listens on {@code bind} (port 0 picks a free port), publishes this node's record with its
   * addresses to the directory, and starts accepting links.
   *
   * @param handler receives every incoming message; given here so that none can arrive before it
   */
  public static PeerNetwork start(
      NodeIdentity identity,
      Directory directory,
      InetSocketAddress bind,
      NetworkConfig config,
      MessageHandler handler)
      throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open();
    try {
      server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      server.bind(bind, 128);
      PeerNetwork network = new PeerNetwork(identity, directory, config, handler, server);
      network.acceptor.start();
      LOG.info("{} listens for peers on {}", identity.name(), network.record.addresses());
      return network;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private static List<HostPort> advertisedAddresses(NetworkConfig config, ServerSocketChannel server) {
    if (!config.advertisedAddresses().isEmpty()) {
      return config.advertisedAddresses();
    }
    InetAddress bound = server.socket().getInetAddress();
    InetAddress host = bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
    return List.of(new HostPort(host.getHostAddress(), server.socket().getLocalPort()));
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** This node's name. */
  public String name() {
    return identity.name();
  }

  /** The record this node published: its key and the addresses it listens on. */
  public IdentityRecord record() {
    return record;
  }

  /** Where this network finds other nodes and pins their keys. */
  public Directory directory() {
    return directory;
  }

  /** The address the network listens on. */
  public HostPort localAddress() {
    return record.addresses().get(0);
  }

  /**
   * Sends {@code message} to {@code node}; see the class comment for what the stage reports. Never
   * blocks.
   */
  public CompletionStage<Void> send(String node, PeerMessage message) {
    if (message.size() > config.maxMessageSize()) {
      return failed(ErrorCode.TOO_LARGE, "The message of " + message.size()
          + " bytes is over the limit of " + config.maxMessageSize() + " bytes");
    }
    if (node.equals(name())) {
      return failed(ErrorCode.BAD_REQUEST, "A node does not send to itself over the network");
    }
    if (closed) {
      return failed(ErrorCode.OFFLINE, "The network of " + name() + " is closed");
    }
    if (cutOff) {
      return failed(ErrorCode.OFFLINE, name() + " is cut off from the network");
    }
    PeerLink link = links.get(node);
    if (link == null) {
      if (directory.addressesOf(node).isEmpty()) {
        return failed(ErrorCode.OFFLINE, notInDirectory(node));
      }
      link = link(node);
    }
    return link.send(message);
  }

  /**
   * Opens a link to {@code node} now, even while it is backing off after a failed attempt; the stage
   * completes once the link is up, or fails with {@code OFFLINE} when the node is unknown or no
   * address of it answers (a changed key is such a failure: see {@link Directory#pendingKeyChange}).
   */
  public CompletionStage<Void> connect(String node) {
    if (node.equals(name())) {
      return failed(ErrorCode.BAD_REQUEST, "A node does not connect to itself");
    }
    if (closed) {
      return failed(ErrorCode.OFFLINE, "The network of " + name() + " is closed");
    }
    if (!links.containsKey(node) && directory.addressesOf(node).isEmpty()) {
      return failed(ErrorCode.OFFLINE, notInDirectory(node));
    }
    return link(node).connect();
  }

  private static String notInDirectory(String node) {
    return node + " is not in the directory: add it with `hyperapp connect " + node
        + " HOST:PORT` or share a --directory folder";
  }

  private static CompletionStage<Void> failed(ErrorCode code, String message) {
    return CompletableFuture.failedFuture(new RpcException(DispatchError.of(code, message)));
  }

  /** Whether a link to {@code node} is up now. */
  public boolean isConnected(String node) {
    PeerLink link = links.get(node);
    return link != null && link.isConnected();
  }

  /** The nodes with a link up now, sorted. */
  public Set<String> connectedPeers() {
    Set<String> peers = new TreeSet<>();
    links.forEach((node, link) -> {
      if (link.isConnected()) {
        peers.add(node);
      }
    });
    return peers;
  }

  /**
   * Cuts this node off, as a network partition would: every link drops without a goodbye, so peers
   * see it lost, and until {@link #restore()} the node neither dials nor accepts. Its sends fail with
   * OFFLINE at once. Tests use it to take a node away without stopping it.
   */
  public void cutOff() {
    cutOff = true;
    links.values().forEach(link -> link.drop(name() + " is cut off from the network"));
    LOG.info("{} is cut off from the network", name());
  }

  /** Ends a {@link #cutOff()}: the node dials and accepts again, and peers reconnect as they retry. */
  public void restore() {
    cutOff = false;
    LOG.info("{} is back on the network", name());
  }

  /**
   * Stops accepting, says goodbye to every peer, and fails what still waits with OFFLINE. Waits for
   * peers that read nothing at most the {@linkplain NetworkConfig#closeTimeout() close timeout}.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      LOG.debug("Closing the listening socket failed", e);
    }
    // One deadline for all: a node linked to many peers that read nothing still closes in the close timeout.
    long deadline = System.nanoTime() + config.closeTimeout().toNanos();
    links.values().forEach(link -> link.close(deadline));
    handshakes.shutdownNow();
    timers.shutdownNow();
    LOG.info("{} closed its peer network", name());
  }

  // For links and connections.

  boolean isClosed() {
    return closed;
  }

  NetworkConfig config() {
    return config;
  }

  MessageHandler handler() {
    return handler;
  }

  Hello hello() {
    return hello;
  }

  /** How many connections are open now: at most one per peer once handshakes settle. */
  int openConnections() {
    return open.size();
  }

  void opened(Connection connection) {
    open.add(connection);
  }

  void closed(Connection connection) {
    open.remove(connection);
  }

  void schedule(Runnable task, long delayNanos) {
    try {
      timers.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("Not scheduling a reconnection: the network is closed");
    }
  }

  private PeerLink link(String node) {
    return links.computeIfAbsent(node, peer -> new PeerLink(peer, this));
  }

  /** Dials {@code link}'s peer on the handshake pool; the outcome goes back to the link. */
  void dial(PeerLink link) {
    try {
      handshakes.execute(() -> dialNow(link));
    } catch (RejectedExecutionException e) {
      link.dialFailed(closed ? "the network is closed" : "too many connections are being set up");
    }
  }

  private void dialNow(PeerLink link) {
    String peer = link.peer();
    if (cutOff) {
      link.dialFailed(name() + " is cut off from the network");
      return;
    }
    List<HostPort> addresses = directory.addressesOf(peer);
    List<String> failures = new ArrayList<>();
    for (HostPort address : addresses) {
      SocketChannel tcp = null;
      TlsChannel channel = null;
      try {
        InetSocketAddress remote = new InetSocketAddress(address.host(), address.port());
        tcp = SocketChannel.open();
        tcp.socket().connect(remote, Math.toIntExact(config.connectTimeout().toMillis()));
        configure(tcp);
        channel = new TlsChannel(tcp, tls.clientSide(remote, peer));
        channel.handshake(config.handshakeTimeout().toNanos());
        Connection connection = new Connection(this, link, channel, true);
        connection.sendGreeting(FrameType.HELLO);
        // With TLS 1.3 the peer checks our certificate after our side of the handshake is done, so
        // a refusal of it shows up here, on the first read.
        FrameReader.Frame reply = connection.readGreeting(FrameType.WELCOME);
        if (reply.type() == FrameType.REFUSED) {
          connection.end(true, "refused");
          link.dialRefused(new String(reply.payload(), StandardCharsets.UTF_8));
        } else {
          link.dialed(connection);
        }
        return;
      } catch (IOException | RuntimeException e) {
        closeQuietly(channel, tcp);
        failures.add(address + ": " + describe(e));
        LOG.debug("Dialing {} at {} failed", peer, address, e);
      }
    }
    link.dialFailed(failures.isEmpty() ? "no address is known" : String.join("; ", failures));
  }

  private void acceptLoop() {
    while (!closed) {
      SocketChannel socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.error("{} stopped accepting peers", name(), e);
        }
        return;
      }
      if (cutOff) {
        closeQuietly(socket);
        continue;
      }
      if (open.size() >= config.maxLinks()) {
        LOG.warn("Turned away {}: {} links are open already", remoteOf(socket), open.size());
        closeQuietly(socket);
        continue;
      }
      try {
        handshakes.execute(() -> acceptNow(socket));
      } catch (RejectedExecutionException e) {
        LOG.warn("Turned away {}: too many connections are being set up", remoteOf(socket));
        closeQuietly(socket);
      }
    }
  }

  private void acceptNow(SocketChannel socket) {
    TlsChannel channel = null;
    try {
      configure(socket);
      channel = new TlsChannel(socket, tls.serverSide((InetSocketAddress) socket.getRemoteAddress()));
      channel.handshake(config.handshakeTimeout().toNanos());
      String peer = LinkCertificates.read(
          (X509Certificate) channel.engine().getSession().getPeerCertificates()[0]).name();
      if (cutOff) {
        // Cut off while this connection was being set up.
        channel.close();
        return;
      }
      PeerLink link = link(peer);
      Connection connection = new Connection(this, link, channel, false);
      connection.readGreeting(FrameType.HELLO);
      if (!link.acceptIncoming(connection)) {
        connection.refuse("a connection between " + name() + " and " + peer + " exists already");
      }
    } catch (IOException | CertificateException | RuntimeException e) {
      LOG.info("Refused a connection from {}: {}", remoteOf(socket), describe(e));
      closeQuietly(channel, socket);
    }
  }

  private static void configure(SocketChannel socket) throws IOException {
    socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
    socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
  }

  private static SocketAddress remoteOf(SocketChannel socket) {
    return socket.socket().getRemoteSocketAddress();
  }

  private static String describe(Throwable error) {
    String message = String.valueOf(error.getMessage());
    Throwable cause = error.getCause();
    return cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())
        ? message + " (" + cause.getMessage() + ")"
        : message;
  }

  /** Closes the TLS channel if it was made, else the bare socket under it. */
  private static void closeQuietly(TlsChannel channel, SocketChannel socket) {
    if (channel != null) {
      channel.close();
      return;
    }
    closeQuietly(socket);
  }

  private static void closeQuietly(SocketChannel socket) {
    if (socket == null) {
      return;
    }
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("Closing a socket failed", e);
    }
  }
}
