package dev.hyperapp.runtime.kernel;

import static dev.hyperapp.runtime.kernel.ScriptedProcess.done;
import static dev.hyperapp.runtime.kernel.ScriptedProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Messages from HTTP and other nodes run on the thread they arrive on when their process is idle. */
class InlineDeliveryTest {

  private static final ProcessId A = ProcessId.parse("a:test:test.os");
  private static final ProcessId B = ProcessId.parse("b:test:test.os");
  private static final Address BOB = Address.parse("bob.os@b:test:test.os");

  private final Kernel kernel = new Kernel("alice.os");

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
    CountDownLatch release = new CountDownLatch(1);
    spawn(A, new ScriptedProcess(delivery -> {
      if (text(delivery).equals("hold")) {
        awaitQuietly(release);
      }
      return done(Thread.currentThread().getName());
    }));
    warmUp(A);

    CompletionStage<Reply> held = kernel.request(Message.request(
        kernel.nextMessageId(), kernel.addressOf(B), kernel.addressOf(A), bytes("hold")));
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

    assertThat(answer(kernel.request(Message.request(
        kernel.nextMessageId(), kernel.addressOf(B), kernel.addressOf(A), bytes("go")))))
        .isEqualTo("other thread");
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
