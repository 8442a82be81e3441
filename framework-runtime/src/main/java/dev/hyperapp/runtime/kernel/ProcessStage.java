package dev.hyperapp.runtime.kernel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A stage handed to a process by its transport. It completes on the process's mailbox, so blocking
 * on it from that mailbox could never end: {@code join} and {@code get} refuse with a clear error
 * instead of deadlocking. Stages derived from it ({@code thenApply}, …) behave the same, and their
 * {@code …Async} variants run on the mailbox too.
 */
final class ProcessStage<T> extends CompletableFuture<T> {

  private final Mailbox owner;

  ProcessStage(Mailbox owner) {
    this.owner = owner;
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new ProcessStage<>(owner);
  }

  @Override
  public Executor defaultExecutor() {
    return owner;
  }

  @Override
  public T join() {
    refuseToBlockOwner();
    return super.join();
  }

  @Override
  public T get() throws InterruptedException, ExecutionException {
    refuseToBlockOwner();
    return super.get();
  }

  @Override
  public T get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    refuseToBlockOwner();
    return super.get(timeout, unit);
  }

  private void refuseToBlockOwner() {
    if (!isDone() && owner.isCurrentThread()) {
      throw new IllegalStateException(
          "A handler blocked on a stage that only its own process can complete, which would deadlock:"
              + " return the CompletionStage from the handler, or chain on it (thenApply, thenCompose)"
              + " instead of calling join() or get()");
    }
  }
}
