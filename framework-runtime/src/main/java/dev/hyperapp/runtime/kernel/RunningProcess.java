package dev.hyperapp.runtime.kernel;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.ErrorCode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process in the table: its behaviour, its mailbox and the count of handlers whose stages are still
 * pending. All fields but the futures are touched only on the mailbox.
 */
final class RunningProcess implements ProcessRef {

  private static final Logger log = LoggerFactory.getLogger(RunningProcess.class);

  private final Address address;
  private final ProcessBehaviour behaviour;
  private final Mailbox mailbox;
  private final ScheduledExecutorService timers;
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private int pendingHandlers;
  private boolean stopping;

  RunningProcess(Kernel kernel, Address address, ProcessBehaviour behaviour, Executor workers,
      ScheduledExecutorService timers) {
    this.address = address;
    this.behaviour = behaviour;
    this.timers = timers;
    this.mailbox = new Mailbox(address.toString(), workers, behaviour.classLoader());
    mailbox.bindTransport(new ProcessTransport(kernel, address, mailbox));
  }

  @Override
  public Address address() {
    return address;
  }

  @Override
  public Executor mailbox() {
    return mailbox;
  }

  /** Whether a task of this process is running or queued (a snapshot). */
  boolean busy() {
    return mailbox.busy();
  }

  @Override
  public int queueLength() {
    return mailbox.queued();
  }

  @Override
  public ScheduledFuture<?> schedule(Duration delay, Runnable task) {
    return timers.schedule(() -> mailbox.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public ScheduledFuture<?> scheduleEvery(Duration period, Runnable task) {
    long nanos = period.toNanos();
    return timers.scheduleAtFixedRate(
        () -> mailbox.execute(task), nanos, nanos, TimeUnit.NANOSECONDS);
  }

  CompletableFuture<Void> start() {
    mailbox.execute(() -> {
      try {
        behaviour.start(this);
        started.complete(null);
      } catch (Exception | Error e) {
        stopping = true;
        stopped.complete(null);
        started.completeExceptionally(e);
      }
    });
    return started;
  }

  CompletableFuture<Void> stopped() {
    return stopped;
  }

  void deliver(Delivery delivery, Consumer<Reply> replyTo) {
    mailbox.execute(() -> handle(delivery, replyTo));
  }

  /**
   * Like {@link #deliver}, but handled on the calling thread if the process is idle (see {@link
   * Mailbox}). A reply ready when that run ends is passed on after the process's turn: sending it (an
   * HTTP response, a frame to a peer) is the caller's work, and for as long as the turn lasts, messages
   * arriving on other threads find the process busy and go the slower way, through the worker pool.
   */
  void deliverHereIfIdle(Delivery delivery, Consumer<Reply> replyTo) {
    ReplyAfterTurn reply = new ReplyAfterTurn(replyTo);
    mailbox.runHereIfIdle(() -> handle(delivery, reply));
    reply.turnOver();
  }

  /** Stops once the messages already queued and the pending handlers are done. */
  void stopWhenIdle() {
    mailbox.execute(() -> {
      stopping = true;
      stopIfIdle();
    });
  }

  /** Stops after the messages already queued, without waiting for pending handlers. */
  void stopNow() {
    mailbox.execute(() -> {
      stopping = true;
      pendingHandlers = 0;
      stopIfIdle();
    });
  }

  private void handle(Delivery delivery, Consumer<Reply> replyTo) {
    if (stopped.isDone()) {
      replyTo.accept(Reply.failure(ErrorCode.NO_SUCH_PROCESS, "Process " + address + " has stopped"));
      return;
    }
    DispatchResult result;
    try {
      result = behaviour.handle(delivery);
    } catch (RuntimeException | Error e) {
      result = handlerFailed(e);
    }
    if (result instanceof DispatchResult.Pending pending) {
      pendingHandlers++;
      pending.stage().whenComplete((completed, error) -> mailbox.continueHere(() -> {
        pendingHandlers = Math.max(0, pendingHandlers - 1);
        finish(delivery, error == null ? completed : handlerFailed(error), replyTo);
        stopIfIdle();
      }));
    } else {
      finish(delivery, result, replyTo);
    }
  }

  private DispatchResult handlerFailed(Throwable error) {
    log.warn("A handler of {} failed", address, error);
    return new DispatchResult.Failed(DispatchError.of(ErrorCode.HANDLER_FAILED,
        "The handler failed: " + (error.getMessage() == null ? error.toString() : error.getMessage())));
  }

  /** Saves (through {@link ProcessBehaviour#workDone}) before replying, so a reply means it is saved. */
  private void finish(Delivery delivery, DispatchResult result, Consumer<Reply> replyTo) {
    try {
      behaviour.workDone();
    } catch (RuntimeException | Error e) {
      log.error("{} failed after handling a message", address, e);
    }
    replyTo.accept(toReply(delivery, result));
  }

  private static Reply toReply(Delivery delivery, DispatchResult result) {
    if (result instanceof DispatchResult.Done done) {
      return new Reply.Success(done.json(), delivery.responseBlob());
    }
    if (result instanceof DispatchResult.Failed failed) {
      return new Reply.Failure(failed.error());
    }
    return Reply.failure(ErrorCode.INTERNAL, "A pending result completed with another pending result");
  }

  /**
   * Holds a reply given on the delivering thread until {@link #turnOver}; a reply from any other thread
   * (the message was queued, or its handler's stage completed later) goes on at once. Only the
   * delivering thread reads or writes the fields.
   */
  private static final class ReplyAfterTurn implements Consumer<Reply> {
    private final Consumer<Reply> replyTo;
    private final Thread deliverer = Thread.currentThread();
    private boolean turnOver;
    private Reply held;

    ReplyAfterTurn(Consumer<Reply> replyTo) {
      this.replyTo = replyTo;
    }

    @Override
    public void accept(Reply reply) {
      if (Thread.currentThread() == deliverer && !turnOver) {
        held = reply;
      } else {
        replyTo.accept(reply);
      }
    }

    void turnOver() {
      turnOver = true;
      if (held != null) {
        replyTo.accept(held);
        held = null;
      }
    }
  }

  private void stopIfIdle() {
    if (stopping && pendingHandlers == 0 && !stopped.isDone()) {
      try {
        behaviour.stop();
      } catch (RuntimeException | Error e) {
        log.error("{} failed while stopping", address, e);
      }
      stopped.complete(null);
    }
  }
}
