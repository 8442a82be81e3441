package dev.hyperapp.runtime.kernel;

import static dev.hyperapp.runtime.kernel.ScriptedProcess.done;
import static dev.hyperapp.runtime.kernel.ScriptedProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.rpc.Rpc;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.api.rpc.RpcTransport;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Messages from HTTP and other nodes, and replies to a process's own requests, run on the thread they
 * arrive on when their process is idle.
 */
class InlineDeliveryTest {

  private static final ProcessId A = ProcessId.parse("a:test:test.os");
  private static final ProcessId B = ProcessId.parse("b:test:test.os");
  private static final Address BOB = Address.parse("bob.os@b:test:test.os");
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final Kernel kernel = new Kernel("alice.os");
  /** Requests to other nodes, each waiting for the test to answer it as the link to bob would. */
  private final BlockingQueue<CompletableFuture<Reply>> toBob = new LinkedBlockingQueue<>();
  private final CountDownLatch release = new CountDownLatch(1);
  /** The class loader of the processes made by {@link #calling}, set as theirs while they run. */
  private final ClassLoader appLoader = new URLClassLoader(new URL[0], getClass().getClassLoader());
  /** The thread a process made by {@link #calling} last saved on (its workDone, before it replies). */
  private volatile String savedOn;

  @BeforeEach
  void linkToBob() {
    kernel.setRemoteRouter(message -> {
      CompletableFuture<Reply> reply = new CompletableFuture<>();
      toBob.add(reply);
      return reply;
    });
  }

  @AfterEach
  void close() {
    kernel.close();
  }

  @Test
  void anIdleProcessRunsARemoteMessageOnTheArrivingThreadOnceWarm() throws Exception {
    spawn(A, new ScriptedProcess(delivery -> done(Thread.currentThread().getName())));

    String duringWarmUp = answer(fromBob(A, "x"));
    warmUp(A);
    CompletionStage<Reply> reply = fromBob(A, "x");

    assertThat(duringWarmUp).startsWith("hyperapp-process-");
    assertThat(reply.toCompletableFuture().isDone()).isTrue();
    assertThat(answer(reply)).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void anHttpCallRunsOnTheArrivingThreadAndNeedsNoTimer() throws Exception {
    spawn(A, new ScriptedProcess(delivery -> done(Thread.currentThread().getName())));
    warmUp(A);

    CompletionStage<Reply> reply = kernel.deliverFromHttp(A, bytes("x"), null, null, null, Duration.ofSeconds(30));

    assertThat(reply.toCompletableFuture().isDone()).isTrue();
    assertThat(answer(reply)).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void aBusyProcessGetsTheMessageQueuedAndAnswersFromItsOwnThread() throws Exception {
    spawn(A, new ScriptedProcess(delivery -> {
      if (text(delivery).equals("hold")) {
        awaitQuietly(release);
      }
      return done(Thread.currentThread().getName());
    }));
    warmUp(A);

    CompletionStage<Reply> held = fromB(A, "hold");
    awaitQueuedOrRunning(A);
    CompletionStage<Reply> queued = fromBob(A, "x");
    boolean doneWhileBusy = queued.toCompletableFuture().isDone();
    release.countDown();

    assertThat(doneWhileBusy).isFalse();
    assertThat(answer(queued)).startsWith("hyperapp-process-");
    assertThat(answer(held)).startsWith("hyperapp-process-");
  }

  @Test
  void messagesFromOneThreadKeepTheirOrderWhetherRunHereOrQueued() throws Exception {
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    spawn(A, new ScriptedProcess(delivery -> {
      seen.add(text(delivery));
      // Every tenth message is slow enough that the next ones find the process busy and queue.
      if (text(delivery).endsWith("0")) {
        spin(Duration.ofMillis(1));
      }
      return done("ok");
    }));
    warmUp(A);
    seen.clear();

    List<CompletableFuture<Reply>> replies = new ArrayList<>();
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      sent.add("m" + i);
      replies.add(fromBob(A, "m" + i).toCompletableFuture());
    }
    CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

    assertThat(seen).containsExactlyElementsOf(sent);
  }

  @Test
  void aProcessThreadNeverRunsAnotherProcessesMessage() throws Exception {
    spawn(B, new ScriptedProcess(delivery -> done(Thread.currentThread().getName())));
    warmUp(B);
    spawn(A, new ScriptedProcess(delivery -> {
      String self = Thread.currentThread().getName();
      String other = answer(fromBob(B, "x"));
      return done(self.equals(other) ? "same thread" : "other thread");
    }));

    assertThat(answer(fromB(A, "go"))).isEqualTo("other thread");
  }

  @Test
  void aProcessWhoseHandlersKeepHoldingTheArrivingThreadGoesBackToThePool() throws Exception {
    spawn(A, paced());
    warmUp(A);

    List<String> slow = new ArrayList<>();
    for (int i = 0; i < InlineBudget.SLOW_RUNS_IN_A_ROW; i++) {
      slow.add(answer(fromBob(A, "slow")));
    }
    String after = answer(fromBob(A, "quick"));

    assertThat(slow).containsOnly(Thread.currentThread().getName());
    assertThat(after).startsWith("hyperapp-process-");
  }

  @Test
  void anOccasionalSlowRunLikeAPreemptionKeepsTheProcessOnTheArrivingThread() throws Exception {
    spawn(A, paced());
    warmUp(A);

    List<String> threads = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      threads.add(answer(fromBob(A, i % 10 == 0 ? "slow" : "quick")));
    }

    assertThat(threads).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void aProcessSentBackToThePoolTriesTheArrivingThreadAgainAfterItsProbation() throws Exception {
    spawn(A, paced());
    warmUp(A);
    for (int i = 0; i < InlineBudget.SLOW_RUNS_IN_A_ROW; i++) {
      answer(fromBob(A, "slow"));
    }

    for (int i = 0; i < InlineBudget.FIRST_PROBATION; i++) {
      assertThat(answer(fromBob(A, "quick"))).startsWith("hyperapp-process-");
    }
    awaitBusy(A, false);

    assertThat(answer(fromBob(A, "quick"))).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void aReplyArrivingOnAThreadThatRunsNoProcessContinuesThereAsTheProcessOnceWarm() throws Exception {
    CompletionStage<Reply> reply = warmCallerCalls(BOB, WAIT);
    CompletableFuture<Reply> bobsReply = toBob.poll(10, TimeUnit.SECONDS);
    awaitBusy(A, false);
    bobsReply.complete(new Reply.Success(bytes("pong"), null));

    assertThat(answer(reply))
        .isEqualTo(Thread.currentThread().getName() + " | as the caller, with its loader | pong");
    // The handler's stage completed in that run: the process saved and replied there, no hop to the pool.
    assertThat(savedOn).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void aReplyForABusyProcessIsQueuedBehindItsWork() throws Exception {
    CompletionStage<Reply> reply = warmCallerCalls(BOB, WAIT);
    CompletableFuture<Reply> bobsReply = toBob.poll(10, TimeUnit.SECONDS);
    CompletionStage<Reply> held = fromB(A, "hold");
    awaitQueuedOrRunning(A);
    bobsReply.complete(new Reply.Success(bytes("pong"), null));
    boolean doneWhileBusy = reply.toCompletableFuture().isDone();
    release.countDown();

    assertThat(doneWhileBusy).isFalse();
    assertThat(answer(reply))
        .startsWith("hyperapp-process-")
        .endsWith(" | as the caller, with its loader | pong");
    assertThat(answer(held)).isEqualTo("held");
  }

  @Test
  void aTimeoutContinuesOnThePoolNeverOnTheTimerThreadThatServesEveryProcess() throws Exception {
    String continued = answer(warmCallerCalls(BOB, Duration.ofMillis(100)));

    assertThat(continued)
        .startsWith("hyperapp-process-")
        .endsWith(" | as the caller, with its loader | timeout");
  }

  @Test
  void aReplyFromAnotherProcessIsQueuedNotRunInTheMiddleOfThatProcessesTurn() throws Exception {
    spawn(B, new ScriptedProcess(delivery -> done(Thread.currentThread().getName())));
    String[] continued = answer(warmCallerCalls(kernel.addressOf(B), WAIT)).split(" \\| ");

    String continuationThread = continued[0];
    String threadOfB = continued[2];
    assertThat(continuationThread).startsWith("hyperapp-process-").isNotEqualTo(threadOfB);
    assertThat(continued[1]).isEqualTo("as the caller, with its loader");
  }

  /**
   * On "call", requests {@code target} with {@code timeout} and answers, once the reply or its
   * failure is in, with "thread | whose transport and class loader | reply or error code"; "hold"
   * waits for {@link #release}; anything else answers with its thread's name.
   */
  private ScriptedProcess calling(Address target, Duration timeout) {
    return new ScriptedProcess(delivery -> {
      switch (text(delivery)) {
        case "call" -> {
          RpcTransport own = Rpc.currentTransport();
          return new DispatchResult.Pending(own.request(target, bytes("ping"), null, timeout)
              .handle((reply, error) -> done(String.join(" | ", Thread.currentThread().getName(),
                  (Rpc.currentTransport() == own ? "as the caller" : "as another")
                      + (Thread.currentThread().getContextClassLoader() == appLoader
                          ? ", with its loader" : ", with another loader"),
                  error == null
                      ? new String(reply.json(), StandardCharsets.UTF_8)
                      : ((RpcException) error).code().wireName()))));
        }
        case "hold" -> {
          awaitQuietly(release);
          return done("held");
        }
        default -> {
          return done(Thread.currentThread().getName());
        }
      }
    }) {
      @Override
      public ClassLoader classLoader() {
        return appLoader;
      }

      @Override
      public void workDone() {
        savedOn = Thread.currentThread().getName();
      }
    };
  }

  /** Starts A as {@link #calling} {@code target}, warms it up and has it call: its reply to that. */
  private CompletionStage<Reply> warmCallerCalls(Address target, Duration timeout) {
    spawn(A, calling(target, timeout));
    warmUp(A);
    return fromB(A, "call");
  }

  /** Answers with its thread's name; a "slow" message holds the thread past {@link InlineBudget#SLOW_NANOS}. */
  private static ScriptedProcess paced() {
    return new ScriptedProcess(delivery -> {
      if (text(delivery).equals("slow")) {
        spin(Duration.ofNanos(InlineBudget.SLOW_NANOS).plusMillis(1));
      }
      return done(Thread.currentThread().getName());
    });
  }

  /** Sends the warm-up's messages, then waits until the pool thread that ran the last one lets go. */
  private void warmUp(ProcessId process) {
    for (int i = 0; i < InlineBudget.WARM_UP; i++) {
      answer(fromBob(process, "warm-up"));
    }
    awaitBusy(process, false);
  }

  private void awaitQueuedOrRunning(ProcessId process) {
    awaitBusy(process, true);
  }

  private void awaitBusy(ProcessId process, boolean busy) {
    RunningProcess running = (RunningProcess) kernel.process(process).orElseThrow();
    while (running.busy() != busy) {
      Thread.onSpinWait();
    }
  }

  private CompletionStage<Reply> fromBob(ProcessId target, String body) {
    return kernel.deliverFromRemote(
        Message.request(kernel.nextMessageId(), BOB, kernel.addressOf(target), bytes(body)));
  }

  /** A request from process B of this node, queued on the target's mailbox. */
  private CompletionStage<Reply> fromB(ProcessId target, String body) {
    return kernel.request(
        Message.request(kernel.nextMessageId(), kernel.addressOf(B), kernel.addressOf(target), bytes(body)));
  }

  private void spawn(ProcessId id, ProcessBehaviour behaviour) {
    kernel.spawn(id, behaviour).toCompletableFuture().join();
  }

  private static String answer(CompletionStage<Reply> reply) {
    Reply received = reply.toCompletableFuture().join();
    assertThat(received).isInstanceOf(Reply.Success.class);
    return new String(((Reply.Success) received).json(), StandardCharsets.UTF_8);
  }

  private static void spin(Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      LockSupport.parkNanos(100_000);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
