package dev.hyperapp.runtime.kernel;

import dev.hyperapp.api.rpc.Rpc;
import dev.hyperapp.api.rpc.RpcTransport;
import java.util.ArrayDeque;
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
 *
 * <p>{@link #runHereIfIdle} lets the thread a message arrives on (an HTTP I/O thread, a peer link's
 * reader) run it itself when the process is idle, saving two thread hand-offs per call; the thread a
 * reply to the process's own request arrives on continues it the same way. Such a thread serves other
 * connections too, so a process whose tasks run long there loses the privilege: see {@link
 * InlineBudget}.
 */
public final class Mailbox implements Executor {

  private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

  /** Tasks run per turn before the thread goes back to the pool, so busy processes share it fairly. */
  private static final int TURN = 64;

  /** The mailbox whose turn the current thread is running, if any. */
  private static final ThreadLocal<Mailbox> RUNNING = new ThreadLocal<>();

  private final String owner;
  private final Executor workers;
  private final ClassLoader classLoader;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final InlineBudget inlineBudget;
  /** Continuations due right after the task at hand ({@link #continueHere}); only the turn's thread touches it. */
  private final Queue<Runnable> afterTask = new ArrayDeque<>();
  private volatile RpcTransport transport;
  private volatile Thread runner;

  Mailbox(String owner, Executor workers, ClassLoader classLoader) {
    this.owner = owner;
    this.workers = workers;
    this.classLoader = classLoader;
    this.inlineBudget = new InlineBudget(owner);
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

  /** Whether a task is running or queued right now (a snapshot). */
  boolean busy() {
    return scheduled.get() || !tasks.isEmpty();
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

  /**
   * Runs {@code task} on the calling thread if nothing of this process is queued or running, and
   * queues it otherwise (or when the process has used up its {@link InlineBudget}). Order is kept: a
   * task runs here only when every task queued before it is done. A thread running a process's turn,
   * this one's included, always queues: it would run the task in the middle of that turn. Threads that
   * serve every process, as the kernel's timer does, must not call it: they would run the task
   * themselves and make every other process wait.
   */
  public void runHereIfIdle(Runnable task) {
    if (RUNNING.get() != null || !inlineBudget.allowed() || !tasks.isEmpty()
        || !scheduled.compareAndSet(false, true)) {
      execute(task);
      return;
    }
    runAsTurn(() -> {
      long started = System.nanoTime();
      runSafely(task);
      inlineBudget.spent(System.nanoTime() - started);
    });
  }

  /**
   * Runs a continuation of this process's own work (its handler's stage completing). If the calling
   * thread is running this process's turn, the stage completed in it: the continuation runs right
   * after the task at hand, in the same turn (not in the middle of it, which could save a state the
   * task is still changing). Otherwise as {@link #runHereIfIdle}.
   */
  void continueHere(Runnable task) {
    if (RUNNING.get() == this) {
      afterTask.add(task);
    } else {
      runHereIfIdle(task);
    }
  }

  private void runTurn() {
    runAsTurn(() -> {
      for (int i = 0; i < TURN; i++) {
        Runnable task = tasks.poll();
        if (task == null) {
          break;
        }
        runSafely(task);
      }
    });
  }

  /** Runs {@code body} as this process, then hands the turn on: whoever holds {@code scheduled} calls it. */
  private void runAsTurn(Runnable body) {
    Thread thread = Thread.currentThread();
    runner = thread;
    RUNNING.set(this);
    ClassLoader outerLoader = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try (Rpc.Binding bound = Rpc.bind(transport)) {
      body.run();
    } finally {
      thread.setContextClassLoader(outerLoader);
      RUNNING.remove();
      runner = null;
      scheduled.set(false);
    }
    if (!tasks.isEmpty()) {
      scheduleTurn();
    }
  }

  /** Runs {@code task}, then the continuations it made due ({@link #continueHere}). */
  private void runSafely(Runnable task) {
    for (Runnable next = task; next != null; next = afterTask.poll()) {
      try {
        next.run();
      } catch (RuntimeException | Error e) {
        log.error("A task of {} failed", owner, e);
      }
    }
  }
}
