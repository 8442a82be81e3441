package dev.hyperapp.runtime.kernel;

import static dev.hyperapp.runtime.kernel.ScriptedProcess.done;
import static dev.hyperapp.runtime.kernel.ScriptedProcess.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.dispatch.Origin;
import dev.hyperapp.api.rpc.Rpc;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.api.rpc.RpcTransport.RpcReply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KernelTest {

  private static final ProcessId A = ProcessId.parse("a:test:test.os");
  private static final ProcessId B = ProcessId.parse("b:test:test.os");
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final Kernel kernel = new Kernel("alice.os");

  @AfterEach
  void close() {
    kernel.close();
  }

  @Test
  void aProcessHandlesOneMessageAtATimeUnderConcurrentSenders() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    int[] counter = {0}; // deliberately unsynchronised: only one handler may run at a time
    spawn(A, new ScriptedProcess(delivery -> {
      mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
      counter[0]++;
      Thread.onSpinWait();
      inside.decrementAndGet();
      return done("ok");
    }));

    int senders = 8;
    int perSender = 250;
    ExecutorService threads = Executors.newFixedThreadPool(senders);
    List<CompletableFuture<Reply>> replies = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch sent = new CountDownLatch(senders);
    for (int s = 0; s < senders; s++) {
      threads.execute(() -> {
        for (int i = 0; i < perSender; i++) {
          replies.add(request(B, A, "x").toCompletableFuture());
        }
        sent.countDown();
      });
    }
    assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
    threads.shutdown();
    CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

    assertThat(counter[0]).isEqualTo(senders * perSender);
    assertThat(mostInside.get()).isEqualTo(1);
  }

  @Test
  void repliesReachTheirOwnRequestsWhenAnsweredOutOfOrder() throws Exception {
    int count = 50;
    List<CompletableFuture<DispatchResult>> held = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    spawn(A, new ScriptedProcess(delivery -> {
      CompletableFuture<DispatchResult> later = new CompletableFuture<>();
      held.add(later);
      bodies.add(text(delivery));
      if (held.size() == count) { // answer them all, last first
        for (int i = count - 1; i >= 0; i--) {
          held.get(i).complete(done("reply to " + bodies.get(i)));
        }
      }
      return new DispatchResult.Pending(later);
    }));

    List<CompletableFuture<Reply>> replies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      replies.add(request(B, A, "m" + i).toCompletableFuture());
    }
    for (int i = 0; i < count; i++) {
      assertThat(json(replies.get(i).get(10, TimeUnit.SECONDS))).isEqualTo("reply to m" + i);
    }
  }

  @Test
  void fireAndForgetIsHandledAndAnswersNobody() {
    ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
    spawn(A, new ScriptedProcess(delivery -> {
      received.add(text(delivery) + " expects " + delivery.message().expectsResponse());
      return done("ignored");
    }));

    kernel.send(message(B, A, "hello"));

    await().atMost(WAIT).until(() -> received.contains("hello expects Optional.empty"));
  }

  @Test
  void aMissingReplyFailsWithTimeout() throws Exception {
    spawn(A, new ScriptedProcess(delivery -> new DispatchResult.Pending(new CompletableFuture<>())));

    Reply reply = kernel.request(message(B, A, "x").withTimeout(Duration.ofMillis(50)))
        .toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(errorCode(reply)).isEqualTo(ErrorCode.TIMEOUT);
  }

  @Test
  void aTimeoutReachesTheCallingProcessStageAsRpcException() throws Exception {
    spawn(B, new ScriptedProcess(delivery -> new DispatchResult.Pending(new CompletableFuture<>())));
    spawn(A, new ScriptedProcess(delivery -> new DispatchResult.Pending(
        Rpc.currentTransport()
            .request(kernel.addressOf(B), bytes("x"), null, Duration.ofMillis(50))
            .handle((reply, error) -> done(((RpcException) error).code().wireName())))));

    assertThat(json(request(B, A, "go").toCompletableFuture().get(10, TimeUnit.SECONDS)))
        .isEqualTo("timeout");
  }

  @Test
  void aMessageToAnUnknownProcessFailsAtOnce() throws Exception {
    Reply reply = request(B, A, "x").toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(errorCode(reply)).isEqualTo(ErrorCode.NO_SUCH_PROCESS);
    assertThat(((Reply.Failure) reply).error().message()).contains("a:test:test.os");
  }

  @Test
  void aThrowingHandlerAnswersWithAnErrorAndTheProcessLivesOn() throws Exception {
    spawn(A, new ScriptedProcess(delivery -> {
      if (text(delivery).equals("boom")) {
        throw new IllegalStateException("kaput");
      }
      return done("fine");
    }));

    Reply failed = request(B, A, "boom").toCompletableFuture().get(10, TimeUnit.SECONDS);
    Reply next = request(B, A, "again").toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(errorCode(failed)).isEqualTo(ErrorCode.HANDLER_FAILED);
    assertThat(((Reply.Failure) failed).error().message()).contains("kaput");
    assertThat(json(next)).isEqualTo("fine");
  }

  @Test
  void aPendingHandlerLetsOtherMessagesThroughAndRepliesWhenItCompletes() throws Exception {
    CompletableFuture<DispatchResult> slowWork = new CompletableFuture<>();
    ScriptedProcess process = new ScriptedProcess(delivery -> text(delivery).equals("slow")
        ? new DispatchResult.Pending(slowWork)
        : done("quick"));
    spawn(A, process);

    CompletableFuture<Reply> slow = request(B, A, "slow").toCompletableFuture();
    Reply quick = request(B, A, "quick").toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(json(quick)).isEqualTo("quick");
    assertThat(slow).isNotDone();
    assertThat(process.workDone).isEqualTo(1);

    slowWork.complete(done("slow done"));

    assertThat(json(slow.get(10, TimeUnit.SECONDS))).isEqualTo("slow done");
    assertThat(process.workDone).isEqualTo(2);
  }

  @Test
  void continuationsOfAStubStageRunOnTheCallersMailboxWithItsTransport() throws Exception {
    spawn(B, ScriptedProcess.echo());
    ConcurrentLinkedQueue<String> seenByB = new ConcurrentLinkedQueue<>();
    spawn(ProcessId.parse("c:test:test.os"), new ScriptedProcess(delivery -> {
      seenByB.add(delivery.message().source().toString());
      return done("c");
    }));
    spawn(A, new ScriptedProcess(delivery -> new DispatchResult.Pending(
        Rpc.currentTransport().request(kernel.addressOf(B), bytes("ping"), null, WAIT)
            // a continuation may call again: the transport is still A's, so the source is A
            .thenCompose(reply -> Rpc.currentTransport().request(
                kernel.addressOf(ProcessId.parse("c:test:test.os")), reply.json(), null, WAIT))
            .thenApply(reply -> done(new String(reply.json(), StandardCharsets.UTF_8))))));

    assertThat(json(request(B, A, "go").toCompletableFuture().get(10, TimeUnit.SECONDS)))
        .isEqualTo("c");
    assertThat(seenByB).containsExactly("alice.os@a:test:test.os");
  }

  @Test
  void blockingOnAStageInsideAHandlerFailsClearlyInsteadOfDeadlocking() throws Exception {
    spawn(B, ScriptedProcess.echo());
    spawn(A, new ScriptedProcess(delivery -> {
      if (text(delivery).equals("block")) {
        RpcReply reply = Rpc.currentTransport()
            .request(kernel.addressOf(B), bytes("ping"), null, WAIT)
            .thenApply(same -> same)
            .toCompletableFuture()
            .join();
        return new DispatchResult.Done(reply.json());
      }
      return done("still alive");
    }));

    Reply blocked = request(B, A, "block").toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(errorCode(blocked)).isEqualTo(ErrorCode.HANDLER_FAILED);
    assertThat(((Reply.Failure) blocked).error().message())
        .contains("would deadlock")
        .contains("return the CompletionStage");
    assertThat(json(request(B, A, "next").toCompletableFuture().get(10, TimeUnit.SECONDS)))
        .isEqualTo("still alive");
  }

  @Test
  void theKernelDecidesTheOrigin() throws Exception {
    spawn(A, new ScriptedProcess(delivery -> done(delivery.origin().name())));

    Reply local = request(B, A, "x").toCompletableFuture().get(10, TimeUnit.SECONDS);
    Reply http = kernel.deliverFromHttp(A, bytes("x"), null, null, null, WAIT)
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
    Reply remote = kernel.deliverFromRemote(
            Message.request(7, Address.parse("bob.os@b:test:test.os"), kernel.addressOf(A), bytes("x")))
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
    Reply spoofed = kernel.deliverFromRemote(
            Message.request(8, kernel.addressOf(B), kernel.addressOf(A), bytes("x")))
        .toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(json(local)).isEqualTo(Origin.LOCAL.name());
    assertThat(json(http)).isEqualTo(Origin.HTTP.name());
    assertThat(json(remote)).isEqualTo(Origin.REMOTE.name());
    assertThat(errorCode(spoofed)).isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void otherNodesAreOfflineUntilARouterIsSetThenMessagesGoThroughIt() throws Exception {
    Address bob = Address.parse("bob.os@a:test:test.os");
    Message toBob = Message.request(kernel.nextMessageId(), kernel.addressOf(A), bob, bytes("hi"));

    Reply offline = kernel.request(toBob).toCompletableFuture().get(10, TimeUnit.SECONDS);
    ConcurrentLinkedQueue<Message> forwarded = new ConcurrentLinkedQueue<>();
    kernel.setRemoteRouter(message -> {
      forwarded.add(message);
      return CompletableFuture.completedFuture(new Reply.Success(bytes("from bob"), null));
    });
    Message again = Message.request(kernel.nextMessageId(), kernel.addressOf(A), bob, bytes("hi"));
    Reply routed = kernel.request(again).toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(errorCode(offline)).isEqualTo(ErrorCode.OFFLINE);
    assertThat(json(routed)).isEqualTo("from bob");
    assertThat(forwarded).containsExactly(again);
  }

  @Test
  void stoppingWaitsForPendingWorkThenStops() throws Exception {
    CompletableFuture<DispatchResult> slowWork = new CompletableFuture<>();
    ScriptedProcess process = new ScriptedProcess(delivery -> new DispatchResult.Pending(slowWork));
    spawn(A, process);
    CompletableFuture<Reply> slow = request(B, A, "slow").toCompletableFuture();
    await().atMost(WAIT).until(() -> !kernel.processIds().isEmpty());

    CompletableFuture<Void> stopped = kernel.stop(A, WAIT).toCompletableFuture();
    Reply afterStop = request(B, A, "late").toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(errorCode(afterStop)).isEqualTo(ErrorCode.NO_SUCH_PROCESS);
    assertThat(stopped).isNotDone();
    slowWork.complete(done("finished"));
    stopped.get(10, TimeUnit.SECONDS);
    assertThat(json(slow.get(10, TimeUnit.SECONDS))).isEqualTo("finished");
    assertThat(process.stopped).isTrue();
  }

  @Test
  void aProcessWhoseStartFailsIsNotInTheTable() {
    ProcessBehaviour failing = new ScriptedProcess(delivery -> done("never")) {
      @Override
      public void start(ProcessRef self) {
        throw new IllegalStateException("no start");
      }
    };

    CompletableFuture<ProcessRef> started = kernel.spawn(A, failing).toCompletableFuture();

    await().atMost(WAIT).until(started::isDone);
    assertThat(started).isCompletedExceptionally();
    assertThat(kernel.processIds()).isEmpty();
  }

  @Test
  void aProcessIdRunsOnce() {
    spawn(A, ScriptedProcess.echo());

    assertThatThrownBy(() -> kernel.spawn(A, ScriptedProcess.echo()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already running");
  }

  private void spawn(ProcessId id, ProcessBehaviour behaviour) {
    kernel.spawn(id, behaviour).toCompletableFuture().join();
  }

  private CompletionStage<Reply> request(ProcessId from, ProcessId to, String body) {
    return kernel.request(message(from, to, body));
  }

  private Message message(ProcessId from, ProcessId to, String body) {
    return Message.request(kernel.nextMessageId(), kernel.addressOf(from), kernel.addressOf(to),
        bytes(body));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(Reply reply) {
    assertThat(reply).isInstanceOf(Reply.Success.class);
    return new String(((Reply.Success) reply).json(), StandardCharsets.UTF_8);
  }

  private static ErrorCode errorCode(Reply reply) {
    assertThat(reply).isInstanceOf(Reply.Failure.class);
    return ((Reply.Failure) reply).error().code();
  }
}
