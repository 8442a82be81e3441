package dev.hyperapp.runtime.remote;

import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.NodeIdentity;
import dev.hyperapp.runtime.kernel.Kernel;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.RemoteRouter;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.net.MessageHandler;
import dev.hyperapp.runtime.net.NetworkConfig;
import dev.hyperapp.runtime.net.PeerMessage;
import dev.hyperapp.runtime.net.PeerNetwork;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects a kernel to a {@link PeerNetwork}. Outgoing: a message to another node is sent as a
 * request envelope, and the reply that comes back over the link with the same id, from that same
 * peer, completes it. Incoming: a request is handed to {@link Kernel#deliverFromRemote} under the
 * peer's authenticated name and its reply sent back; the network's reader thread only decodes and
 * hands off.
 */
public final class PeerRouter implements RemoteRouter, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PeerRouter.class);

  /** How often waiting requests are checked for replies that will never come. */
  private static final long SWEEP_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Kernel kernel;
  private final ConcurrentMap<Pending, Waiting> pending = new ConcurrentHashMap<>();
  private final AtomicLong nextSweepNanos = new AtomicLong(System.nanoTime() + SWEEP_NANOS);
  /** Set once {@link PeerNetwork#start} returns; replies to early requests wait for it. */
  private final CompletableFuture<PeerNetwork> network = new CompletableFuture<>();

  private PeerRouter(Kernel kernel) {
    this.kernel = kernel;
  }

  /**
   * Starts the network of {@code identity} on {@code bind} and routes {@code kernel}'s messages to
   * other nodes over it.
   */
  public static PeerRouter start(Kernel kernel, NodeIdentity identity, Directory directory,
      InetSocketAddress bind, NetworkConfig config) throws IOException {
    if (!identity.name().equals(kernel.ourNode())) {
      throw new IllegalArgumentException(
          "The identity of " + identity.name() + " cannot carry the messages of " + kernel.ourNode());
    }
    PeerRouter router = new PeerRouter(kernel);
    router.network.complete(PeerNetwork.start(identity, directory, bind, config, new MessageHandler() {
      @Override
      public void onMessage(String peer, PeerMessage message) {
        router.onMessage(peer, message);
      }

      @Override
      public void onLinkClosed(String peer, String reason) {
        // A reply comes back over the connection its request went out on: this one is gone.
        router.failPending(peer::equals, "The link to " + peer + " closed before it replied: " + reason);
      }
    }));
    kernel.setRemoteRouter(router);
    return router;
  }

  /** The network the messages travel on. */
  public PeerNetwork network() {
    return network.join();
  }

  @Override
  public CompletionStage<Reply> forward(Message message) {
    String node = message.target().node();
    PeerMessage request = Envelope.request(message);
    if (message.expectsResponse().isEmpty()) {
      return network().send(node, request)
          .handle((sent, error) -> error == null ? new Reply.Success(null, null) : failure(node, error));
    }
    Pending key = new Pending(node, message.id());
    CompletableFuture<Reply> reply = new CompletableFuture<>();
    long now = System.nanoTime();
    Waiting waiting = new Waiting(reply, now + message.expectsResponse().orElseThrow().toNanos());
    if (pending.putIfAbsent(key, waiting) != null) {
      return CompletableFuture.completedFuture(Reply.failure(ErrorCode.INTERNAL,
          "Message " + message.id() + " to " + node + " is already awaiting a reply"));
    }
    reply.whenComplete((answer, error) -> pending.remove(key, waiting));
    sweepIfDue(now);
    network().send(node, request).whenComplete((sent, error) -> {
      if (error != null) {
        reply.complete(failure(node, error));
      }
    });
    return reply;
  }

  /** Called on a link's reader thread: decode, hand off, return. */
  private void onMessage(String peer, PeerMessage received) {
    Envelope.Inbound inbound;
    try {
      inbound = Envelope.read(peer, received);
    } catch (IllegalArgumentException e) {
      log.warn("Dropped a message from {} that could not be read: {}", peer, e.getMessage());
      return;
    }
    if (inbound instanceof Envelope.Answer answer) {
      Waiting waiting = pending.get(new Pending(peer, answer.id()));
      if (waiting == null) {
        log.debug("Dropped a reply from {} to message {}, which no longer waits", peer, answer.id());
      } else {
        waiting.reply().complete(answer.reply());
      }
      return;
    }
    Message request = ((Envelope.Request) inbound).message();
    CompletionStage<Reply> handled = request.target().node().equals(kernel.ourNode())
        ? kernel.deliverFromRemote(request)
        : CompletableFuture.completedFuture(Reply.failure(ErrorCode.BAD_REQUEST, "This is "
            + kernel.ourNode() + ", not " + request.target().node() + ": nodes do not relay"));
    if (request.expectsResponse().isPresent()) {
      handled.thenAccept(reply -> answer(peer, request.id(), reply));
    }
  }

  private void answer(String peer, long id, Reply reply) {
    network.thenCompose(links -> links.send(peer, Envelope.reply(id, reply)))
        .whenComplete((sent, error) -> {
          if (error == null) {
            return;
          }
          Throwable cause = unwrap(error);
          if (reply instanceof Reply.Success && cause instanceof RpcException rpc
              && rpc.code() == ErrorCode.TOO_LARGE) {
            // Otherwise the caller waits out its timeout for a reply that can never come.
            answer(peer, id, Reply.failure(ErrorCode.TOO_LARGE,
                "The reply from " + kernel.ourNode() + " is too large: " + rpc.error().message()));
          } else {
            log.info("The reply to message {} from {} was not sent: {}", id, peer, cause.getMessage());
          }
        });
  }

  private static Reply failure(String node, Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof RpcException rpc) {
      return new Reply.Failure(rpc.error());
    }
    return Reply.failure(ErrorCode.OFFLINE, "Node " + node + " cannot be reached: " + cause.getMessage());
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  /** Stops routing to other nodes, closes the network and fails the requests still waiting. */
  @Override
  public void close() {
    kernel.setRemoteRouter(null);
    network().close();
    failPending(node -> true, "The network of " + kernel.ourNode() + " closed before the peer replied");
  }

  /** Fails with OFFLINE the requests waiting for a reply from a node that {@code from} accepts. */
  private void failPending(Predicate<String> from, String message) {
    pending.forEach((key, waiting) -> {
      if (from.test(key.node())) {
        waiting.reply().complete(Reply.failure(ErrorCode.OFFLINE, message));
      }
    });
  }

  /**
   * Forgets, at most once a second, the requests whose reply will never come: the kernel has timed
   * their callers out already. One sweep of the waiting requests costs less than a timer per request.
   */
  private void sweepIfDue(long now) {
    long due = nextSweepNanos.get();
    if (now - due < 0 || !nextSweepNanos.compareAndSet(due, now + SWEEP_NANOS)) {
      return;
    }
    pending.forEach((key, waiting) -> {
      if (now - waiting.deadlineNanos() > 0) {
        waiting.reply().complete(Reply.failure(ErrorCode.TIMEOUT, "No reply from " + key.node()));
      }
    });
  }

  /** A request's reply to come, and when the kernel stops waiting for it (a nanoTime). */
  private record Waiting(CompletableFuture<Reply> reply, long deadlineNanos) {}

  /** A request awaiting its reply: replies count only from the node the request went to. */
  private record Pending(String node, long id) {}
}
