package dev.hyperapp.runtime.kernel;

import dev.hyperapp.annotations.Address;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;

/** A running process as its behaviour and the node see it: its address, its mailbox, its timers. */
public interface ProcessRef {

  Address address();

  /** The process's single-threaded executor. */
  Executor mailbox();

  /** How many messages and tasks wait in the mailbox right now (a snapshot, for the node's status). */
  int queueLength();

  /** Runs {@code task} on the mailbox after {@code delay}. */
  ScheduledFuture<?> schedule(Duration delay, Runnable task);

  /** Runs {@code task} on the mailbox every {@code period}, first after one period. */
  ScheduledFuture<?> scheduleEvery(Duration period, Runnable task);
}
