package dev.hyperapp.runtime.kernel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The stage the kernel hands to a caller that is no process (a test, an embedding program, the test
 * kit's clients). A thread that blocks on it ({@code join}, {@code get}) first polls it for up to
 * {@link #SPIN_NANOS}, yielding its core to any other runnable thread between polls, then parks as
 * usual: a reply from a peer arrives on the link's reader thread, and waking a parked caller from
 * there took ~20 µs of a ~64 µs loopback round trip on the idle machine (BENCHMARKS.md, peer to
 * peer). JDK 8's own {@code CompletableFuture} spun before parking for the same reason; {@code
 * Exchanger} and {@code SynchronousQueue} still do. It yields rather than busy-spins so that on two
 * busy cores it does not keep the threads producing the reply waiting (the local 64-in-flight
 * benchmark was no slower). Only blocking callers pay, and only on machines with more than one core
 * (with one core the poller would hold up the very thread that completes it). Stages derived from it
 * ({@code thenApply}, …) behave the same.
 */
final class BriefSpinFuture<T> extends CompletableFuture<T> {

  /** Longer than a loopback round trip's median, far shorter than a scheduler's time slice. */
  static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

  private static final boolean MULTICORE = Runtime.getRuntime().availableProcessors() > 1;

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new BriefSpinFuture<>();
  }

  @Override
  public T join() {
    spinBriefly(SPIN_NANOS);
    return super.join();
  }

  @Override
  public T get() throws InterruptedException, ExecutionException {
    spinBriefly(SPIN_NANOS);
    return super.get();
  }

  @Override
  public T get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    spinBriefly(Math.min(SPIN_NANOS, unit.toNanos(timeout)));
    return super.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private void spinBriefly(long limitNanos) {
    if (!MULTICORE || isDone()) {
      return;
    }
    long started = System.nanoTime();
    while (!isDone() && System.nanoTime() - started < limitNanos) {
      Thread.yield();
    }
  }
}
