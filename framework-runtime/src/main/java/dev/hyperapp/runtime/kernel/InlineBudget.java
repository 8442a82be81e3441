package dev.hyperapp.runtime.kernel;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a process may still run messages on the thread they arrive on (see {@link
 * Mailbox#runHereIfIdle}). That thread serves other connections, so time a handler spends there beyond
 * {@link #ALLOWANCE_NANOS} counts as debt, and each quick run pays a little back. A process whose debt
 * passes {@link #LIMIT_NANOS} — one that saves with an fsync per message, blocks on files, or computes
 * for long — runs on the worker pool from then on. Its first {@link #WARM_UP} messages always run on
 * the pool: the first calls load classes and run interpreted, which says nothing about the handler.
 */
final class InlineBudget {

  private static final Logger log = LoggerFactory.getLogger(InlineBudget.class);

  static final int WARM_UP = 256;
  static final long ALLOWANCE_NANOS = TimeUnit.MICROSECONDS.toNanos(250);
  static final long REPAYMENT_NANOS = TimeUnit.MICROSECONDS.toNanos(25);
  static final long LIMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final String owner;
  // Counted down by any arriving thread without a lock: the warm-up only needs to be roughly WARM_UP.
  private volatile int warmUpLeft = WARM_UP;
  // Written only by the thread holding the mailbox's turn (spent), read by any.
  private volatile long debtNanos;
  private volatile boolean revoked;

  InlineBudget(String owner) {
    this.owner = owner;
  }

  /** Whether the next message may run on the calling thread; counts down the warm-up. */
  boolean allowed() {
    if (revoked) {
      return false;
    }
    if (warmUpLeft > 0) {
      warmUpLeft--;
      return false;
    }
    return true;
  }

  /** Records an inline run that took {@code nanos}. */
  void spent(long nanos) {
    long debt = Math.max(0, debtNanos + Math.max(0, nanos - ALLOWANCE_NANOS) - REPAYMENT_NANOS);
    debtNanos = debt;
    if (debt > LIMIT_NANOS && !revoked) {
      revoked = true;
      log.info("{} now runs every message on the worker pool: its handlers held I/O threads for too long "
          + "(more than {} ms beyond {} µs a message)", owner, TimeUnit.NANOSECONDS.toMillis(LIMIT_NANOS),
          TimeUnit.NANOSECONDS.toMicros(ALLOWANCE_NANOS));
    }
  }

  boolean revoked() {
    return revoked;
  }
}
