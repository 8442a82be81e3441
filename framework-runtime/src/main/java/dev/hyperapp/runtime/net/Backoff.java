package dev.hyperapp.runtime.net;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff between connection attempts: the first delay, then twice as long after each
 * further failure, up to a cap, with ±20 % jitter so that nodes do not retry in step. Not thread-safe;
 * its owner guards it.
 */
final class Backoff {

  private final long initialNanos;
  private final long maxNanos;
  private long nextNanos;

  Backoff(Duration initial, Duration max) {
    this.initialNanos = initial.toNanos();
    this.maxNanos = max.toNanos();
    this.nextNanos = initialNanos;
  }

  /** The delay before the next attempt; each call doubles the following one, up to the cap. */
  long nextDelayNanos() {
    long delay = nextNanos;
    nextNanos = Math.min(maxNanos, nextNanos * 2);
    return (long) (delay * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
  }

  void reset() {
    nextNanos = initialNanos;
  }
}
