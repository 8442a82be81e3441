package dev.hyperapp.runtime.kernel;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.dispatch.Origin;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message bus of one node: the process table, a mailbox per process, routing, and the
 * correlation of replies with requests. It knows messages and addresses, not HTTP or TLS: the HTTP
 * server and the peer links turn their input into deliveries here, and the kernel decides each
 * message's {@link Origin} from where it came.
 */
public final class Kernel implements AutoCloseable {

  /** The source of HTTP calls: the node's HTTP server. */
  public static final ProcessId HTTP_SERVER = new ProcessId("http-server", "distro", "sys");

  private static final Logger log = LoggerFactory.getLogger(Kernel.class);

  private final String ourNode;
  private final Address httpServer;
  private final ExecutorService workers;
  private final ScheduledThreadPoolExecutor timers;
  private final ConcurrentMap<ProcessId, RunningProcess> processes = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, PendingRequest> pending = new ConcurrentHashMap<>();
  private final AtomicLong messageIds = new AtomicLong();
  private volatile RemoteRouter remoteRouter = RemoteRouter.OFFLINE;

  public Kernel(String ourNode) {
    if (!ProcessId.isValidPublisher(ourNode)) {
      throw new IllegalArgumentException("Invalid node name '" + ourNode + "'");
    }
    this.ourNode = ourNode;
    this.httpServer = addressOf(HTTP_SERVER);
    this.workers = Executors.newCachedThreadPool(daemonThreads("hyperapp-process-"));
    this.timers = new ScheduledThreadPoolExecutor(1, daemonThreads("hyperapp-timer-"));
    // Nearly every request's timeout is cancelled by its reply: without this, each cancelled one
    // would stay in the timer queue for the whole timeout (30 s of requests), slowing every schedule.
    timers.setRemoveOnCancelPolicy(true);
  }

  public String ourNode() {
    return ourNode;
  }

  /** The address of {@code process} on this node. */
  public Address addressOf(ProcessId process) {
    return new Address(ourNode, process);
  }

  /** Sets where messages to other nodes go. */
  public void setRemoteRouter(RemoteRouter router) {
    this.remoteRouter = router == null ? RemoteRouter.OFFLINE : router;
  }

  /** A fresh id for a message sent from this node. */
  public long nextMessageId() {
    return messageIds.incrementAndGet();
  }

  /**
   * Adds a process to the table and starts it on its mailbox. The stage completes when {@link
   * ProcessBehaviour#start} has returned, or exceptionally with what it threw (the process is then
   * gone again).
   */
  public CompletionStage<ProcessRef> spawn(ProcessId id, ProcessBehaviour behaviour) {
    RunningProcess process = new RunningProcess(this, addressOf(id), behaviour, workers, timers);
    // Queue the start before the process can be found, so that it runs before any message.
    CompletableFuture<Void> started = process.start();
    if (processes.putIfAbsent(id, process) != null) {
      process.stopNow();
      throw new IllegalStateException("Process " + id + " is already running");
    }
    return started
        .whenComplete((ignored, error) -> {
          if (error != null) {
            processes.remove(id, process);
          }
        })
        .thenApply(ignored -> process);
  }

  /**
   * Takes a process out of the table (new messages to it fail with {@code NO_SUCH_PROCESS}) and stops
   * it once the messages already queued and its pending handlers are done, or after {@code grace}.
   */
  public CompletionStage<Void> stop(ProcessId id, Duration grace) {
    RunningProcess process = processes.remove(id);
    if (process == null) {
      return CompletableFuture.completedFuture(null);
    }
    process.stopWhenIdle();
    ScheduledFuture<?> deadline =
        timers.schedule(process::stopNow, grace.toNanos(), TimeUnit.NANOSECONDS);
    return process.stopped().whenComplete((ignored, error) -> deadline.cancel(false));
  }

  /** The running process with this id. */
  public Optional<ProcessRef> process(ProcessId id) {
    return Optional.ofNullable(processes.get(id));
  }

  /** The ids of the running processes, sorted. */
  public Set<ProcessId> processIds() {
    Set<ProcessId> ids = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    ids.addAll(processes.keySet());
    return ids;
  }

  /**
   * Sends a request from a process of this node (its origin is {@code LOCAL} if the target is here)
   * and completes with the reply, never exceptionally: a missing reply becomes {@code TIMEOUT}, an
   * unknown target {@code NO_SUCH_PROCESS}, an unreachable node {@code OFFLINE}. A thread that blocks
   * on the stage spins briefly before it parks ({@link BriefSpinFuture}).
   */
  public CompletionStage<Reply> request(Message message) {
    if (message.expectsResponse().isEmpty()) {
      throw new IllegalArgumentException("A request needs a reply timeout; use send for fire-and-forget");
    }
    return route(message, Origin.LOCAL, null, null, false);
  }

  /** Sends a message from a process of this node and expects no reply. */
  public void send(Message message) {
    route(message.withoutResponse(), Origin.LOCAL, null, null, false);
  }

  /**
   * Delivers a message that arrived from another node, with origin {@code REMOTE}. The stage completes
   * with the local process's reply (for a request), or when it was handled (fire-and-forget). If the
   * process is idle, the calling thread (a link's reader) runs the handler itself.
   */
  public CompletionStage<Reply> deliverFromRemote(Message message) {
    if (message.source().node().equals(ourNode)) {
      return CompletableFuture.completedFuture(Reply.failure(ErrorCode.BAD_REQUEST,
          "A message from another node claims to come from this node (" + ourNode + ")"));
    }
    CompletableFuture<Reply> reply = new CompletableFuture<>();
    deliverHere(new Delivery(message, Origin.REMOTE, null, null), reply::complete, true);
    return reply;
  }

  /**
   * Delivers a call from the HTTP server to {@code target}, with origin {@code HTTP}. With a {@code
   * method}, {@code body} holds that handler's bare arguments; without, the usual envelope. If the
   * process is idle, the calling thread (an HTTP I/O thread) runs the handler itself.
   */
  public CompletionStage<Reply> deliverFromHttp(ProcessId target, byte[] body, Blob blob,
      Context.HttpRequest request, String method, Duration timeout) {
    // A running process's address is already built (and checked): not one more per request.
    RunningProcess process = processes.get(target);
    Message message = new Message(nextMessageId(), httpServer,
        process != null ? process.address() : addressOf(target), Optional.of(timeout), body, Map.of(), blob);
    return route(message, Origin.HTTP, request, method, true);
  }

  private CompletableFuture<Reply> route(Message message, Origin origin, Context.HttpRequest http,
      String method, boolean hereIfIdle) {
    PendingRequest request = message.expectsResponse().isPresent() ? awaitReply(message) : null;
    CompletableFuture<Reply> reply = request == null ? new CompletableFuture<>() : request.reply();
    Consumer<Reply> replyTo = request == null ? reply::complete : received -> complete(message.id(), received);
    if (message.target().node().equals(ourNode)) {
      deliverHere(new Delivery(message, origin, http, method), replyTo, hereIfIdle);
    } else {
      remoteRouter.forward(message).whenComplete((received, error) -> replyTo.accept(
          error == null ? received : Reply.failure(ErrorCode.OFFLINE,
              "Node " + message.target().node() + " cannot be reached: " + error.getMessage())));
    }
    if (request != null) {
      armTimeout(message, request);
    }
    return reply;
  }

  private void deliverHere(Delivery delivery, Consumer<Reply> replyTo, boolean hereIfIdle) {
    ProcessId target = delivery.message().target().process();
    RunningProcess process = processes.get(target);
    if (process == null) {
      replyTo.accept(Reply.failure(ErrorCode.NO_SUCH_PROCESS,
          "No process " + target + " is running on " + ourNode));
    } else if (hereIfIdle) {
      process.deliverHereIfIdle(delivery, replyTo);
    } else {
      process.deliver(delivery, replyTo);
    }
  }

  private PendingRequest awaitReply(Message message) {
    PendingRequest request = new PendingRequest(new BriefSpinFuture<>());
    if (pending.putIfAbsent(message.id(), request) != null) {
      throw new IllegalArgumentException("Message id " + message.id() + " is already awaiting a reply");
    }
    return request;
  }

  /**
   * Starts a request's timeout once it is sent, unless it was answered on the way (a handler run on
   * the sending thread): most replies then cost no timer at all. The timer thread serves every
   * process, so it hands the timeout to the pool rather than completing it: completing runs the
   * caller's continuation on the completing thread when the caller is idle.
   */
  private void armTimeout(Message message, PendingRequest request) {
    if (request.reply().isDone()) {
      return;
    }
    Duration timeout = message.expectsResponse().orElseThrow();
    request.timeout = timers.schedule(
        () -> workers.execute(() -> complete(message.id(), Reply.failure(ErrorCode.TIMEOUT,
            "No reply from " + message.target() + " within " + timeout.toMillis() + " ms"))),
        timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (request.reply().isDone()) {
      // Answered while the timer was being set: complete() may have missed it.
      request.timeout.cancel(false);
    }
  }

  /** Completes the request with this id; a reply for a request already answered or timed out is dropped. */
  private void complete(long id, Reply reply) {
    PendingRequest request = pending.remove(id);
    if (request == null) {
      log.debug("Dropped a late reply to message {}", id);
      return;
    }
    ScheduledFuture<?> timeout = request.timeout;
    if (timeout != null) {
      timeout.cancel(false);
    }
    request.reply().complete(reply);
  }

  /** Stops the kernel's threads. Stop the processes first: their queued work is dropped. */
  @Override
  public void close() {
    timers.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** A request awaiting its reply; {@code timeout} is set once it is sent (see {@link #armTimeout}). */
  private static final class PendingRequest {
    private final CompletableFuture<Reply> reply;
    private volatile ScheduledFuture<?> timeout;

    PendingRequest(CompletableFuture<Reply> reply) {
      this.reply = reply;
    }

    CompletableFuture<Reply> reply() {
      return reply;
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
