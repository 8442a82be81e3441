package dev.hyperapp.runtime.kernel;

import dev.hyperapp.api.dispatch.DispatchResult;

/**
 * What a process does with its messages. Every method runs on the process's {@link Mailbox}, one at a
 * time, so an implementation needs no locks for its own state.
 */
public interface ProcessBehaviour {

  /** Runs first, before any message. Throwing stops the process before it handles anything. */
  void start(ProcessRef self) throws Exception;

  /**
   * Handles one message. A {@link DispatchResult.Pending} result lets the process handle other
   * messages while it is pending; the reply is sent when it completes.
   */
  DispatchResult handle(Delivery delivery);

  /** Runs after a message's work is done: after {@link #handle} returns, or when its stage completes. */
  void workDone();

  /** Runs last, once, after the work in flight is done. */
  void stop();

  /** The class loader set as the thread's context class loader while the process's tasks run. */
  default ClassLoader classLoader() {
    return getClass().getClassLoader();
  }
}
