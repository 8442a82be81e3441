package dev.hyperapp.samchat;

import java.time.Duration;

/**
 * How long to wait before trying an unreachable peer again: {@code first}, doubling after each
 * failure up to {@code longest}; entries still undelivered after {@code giveUpAfter} fail.
 *
 * @param first the wait after the first failure
 * @param longest the longest wait between tries
 * @param giveUpAfter how long an entry may wait in the outbox before it fails
 */
public record Backoff(Duration first, Duration longest, Duration giveUpAfter) {

  /** Two seconds, doubling up to five minutes; give up after a week. */
  public static final Backoff DEFAULT =
      new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofDays(7));

  /** The wait after {@code failures} failures in a row (at least one). */
  public Duration delayAfter(int failures) {
    int doublings = Math.min(Math.max(failures, 1) - 1, 30);
    Duration delay = first.multipliedBy(1L << doublings);
    return delay.compareTo(longest) > 0 ? longest : delay;
  }
}
