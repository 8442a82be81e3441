package dev.hyperapp.runtime.kernel;

import dev.hyperapp.api.rpc.Rpc;
import dev.hyperapp.api.rpc.RpcTransport;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process's executor: runs its tasks one at a time, in order, on a pool shared by all processes
 * (a process uses a thread only while it has work). While its tasks run, the process's transport is
 * bound to the thread, so typed clients called from handlers, continuations and timers send as it,
 * and its app's class loader is the thread's context class loader.
 */
public final class Mailbox implements Executor {

  private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

  /** Tasks run per turn before the thread goes back to the pool, so busy processes share it fairly. */
  private static final int TURN = 64;

  private final String owner;
  private final Executor workers;
  private final ClassLoader classLoader;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile RpcTransport transport;
  private volatile Thread runner;

  Mailbox(String owner, Executor workers, ClassLoader classLoader) {
    this.owner = owner;
    this.workers = workers;
    this.classLoader = classLoader;
  }

  void bindTransport(RpcTransport transport) {
    this.transport = transport;
  }

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
    scheduleTurn();
  }

  /** How many tasks wait in this mailbox right now (a snapshot, for the node's status). */
  public int queued() {
    return tasks.size();
  }

  /** Whether the calling thread is running one of this mailbox's tasks right now. */
  public boolean isCurrentThread() {
    return runner == Thread.currentThread();
  }

  private void scheduleTurn() {
    if (scheduled.compareAndSet(false, true)) {
      workers.execute(this::runTurn);
    }
  }

  private void runTurn() {
    Thread thread = Thread.currentThread();
    runner = thread;
    ClassLoader poolLoader = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try (Rpc.Binding bound = Rpc.bind(transport)) {
      for (int i = 0; i < TURN; i++) {
        Runnable task = tasks.poll();
        if (task == null) {
          break;
        }
        runSafely(task);
      }
    } finally {
      thread.setContextClassLoader(poolLoader);
      runner = null;
      scheduled.set(false);
    }
    if (!tasks.isEmpty()) {
      scheduleTurn();
    }
  }

  private void runSafely(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException | Error e) {
      log.error("A task of {} failed", owner, e);
    }
  }
}
