package dev.hyperapp.runtime.kernel;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a process may run messages on the thread they arrive on (see {@link
 * Mailbox#runHereIfIdle}). That thread serves other connections, so a process whose handlers keep
 * holding it — one that saves with an fsync per message, blocks on files, or computes for long — is
 * sent back to the worker pool.
 *
 * <p>The rule must tell such a handler from a quick one that the scheduler happened to preempt, which
 * on a loaded machine puts milliseconds into a run of microseconds now and then. So it looks at the
 * share of recent runs that took longer than {@link #SLOW_NANOS} (an exponentially weighted average,
 * about the last eight runs), not at their total time: a blocking handler is slow run after run and is
 * sent back after {@link #SLOW_RUNS_IN_A_ROW} slow runs in a row, while a preempted run is rare and
 * forgotten. Being sent back is not for good, in case the handler's slowness passes: after {@link
 * #FIRST_PROBATION} messages on the pool the process may try again, and each further time it is sent
 * back it waits twice as long, up to {@link #LONGEST_PROBATION}. Its first {@link #WARM_UP} messages
 * run on the pool: they load classes and run interpreted, which says nothing about the handler.
 */
final class InlineBudget {

  private static final Logger log = LoggerFactory.getLogger(InlineBudget.class);

  static final int WARM_UP = 256;
  static final long SLOW_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  static final int SLOW_RUNS_IN_A_ROW = 3;
  static final int FIRST_PROBATION = 4096;
  static final int LONGEST_PROBATION = 1 << 20;

  /** The slow share in fixed point: {@code SCALE} is every recent run slow. */
  private static final int SCALE = 1024;
  /** Each run weighs 1/WEIGHT of the average. */
  private static final int WEIGHT = 8;
  /** 30 %: reached by three slow runs in a row, or by every fourth run slow; every fifth peaks at 26 %. */
  private static final int SENT_BACK_ABOVE = SCALE * 3 / 10;

  private final String owner;
  // Counted down by any arriving thread without a lock: the count only needs to be roughly right.
  private volatile int poolMessagesLeft = WARM_UP;
  // The fields below are written only by the thread holding the mailbox's turn (spent).
  private volatile int slowShare;
  private volatile int nextProbation = FIRST_PROBATION;

  InlineBudget(String owner) {
    this.owner = owner;
  }

  /** Whether the next message may run on the calling thread; counts down a warm-up or probation. */
  boolean allowed() {
    if (poolMessagesLeft > 0) {
      poolMessagesLeft--;
      return false;
    }
    return true;
  }

  /** Records an inline run that took {@code nanos}. */
  void spent(long nanos) {
    int share = slowShare - slowShare / WEIGHT + (nanos > SLOW_NANOS ? SCALE / WEIGHT : 0);
    if (share <= SENT_BACK_ABOVE) {
      slowShare = share;
      return;
    }
    slowShare = 0;
    int probation = nextProbation;
    nextProbation = Math.min(LONGEST_PROBATION, probation * 2);
    poolMessagesLeft = probation;
    log.info("{} runs its next {} messages on the worker pool: its handlers kept holding the threads "
        + "messages arrive on (most recent runs took longer than {} ms)", owner, probation,
        TimeUnit.NANOSECONDS.toMillis(SLOW_NANOS));
  }
}
