package dev.hyperapp.runtime.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A blocked caller of the kernel spins briefly, then parks; waiting still works as a future's does. */
class BriefSpinFutureTest {

  @Test
  void theKernelHandsCallersAStageThatSpinsAndSoDoStagesDerivedFromIt() {
    try (Kernel kernel = new Kernel("alice.os")) {
      Message message = Message.request(kernel.nextMessageId(), Address.parse("alice.os@caller:test:test.os"),
          new Address("alice.os", ProcessId.parse("nobody:test:test.os")), "{}".getBytes(StandardCharsets.UTF_8));

      CompletableFuture<Reply> reply = kernel.request(message).toCompletableFuture();

      assertThat(reply).isInstanceOf(BriefSpinFuture.class);
      assertThat(reply.thenApply(Reply::toString)).isInstanceOf(BriefSpinFuture.class);
      assertThat(reply.join()).isInstanceOf(Reply.Failure.class);
    }
  }

  @Test
  void aCallerWhoseAnswerComesAfterTheSpinParksAndIsWokenByIt() throws Exception {
    BriefSpinFuture<String> answer = new BriefSpinFuture<>();
    CompletableFuture<String> joined = new CompletableFuture<>();
    Thread caller = new Thread(() -> joined.complete(answer.join()));
    caller.start();
    // Parked, its spin over: the answer must wake it.
    await().atMost(Duration.ofSeconds(10)).until(() -> caller.getState() == Thread.State.WAITING);

    answer.complete("late");

    assertThat(joined.get(10, TimeUnit.SECONDS)).isEqualTo("late");
  }

  @Test
  void anAnswerDuringTheSpinIsReturned() {
    BriefSpinFuture<String> answer = new BriefSpinFuture<>();
    Thread completer = new Thread(() -> answer.complete("soon"));

    completer.start();

    assertThat(answer.join()).isEqualTo("soon");
  }

  @Test
  void failuresAndTimeoutsAreReportedAsByAnyFuture() {
    BriefSpinFuture<String> failed = new BriefSpinFuture<>();
    failed.completeExceptionally(new IllegalStateException("no"));
    BriefSpinFuture<String> never = new BriefSpinFuture<>();

    assertThatThrownBy(failed::join).isInstanceOf(CompletionException.class).hasRootCauseMessage("no");
    assertThatThrownBy(() -> never.get(1, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
  }
}
