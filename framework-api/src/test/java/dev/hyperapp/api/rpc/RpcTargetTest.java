package dev.hyperapp.api.rpc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.json.WireType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RpcTargetTest {

  private static final Address BOB = Address.parse("bob.os@chat:chat:template.os");
  private static final WireType<String> STRING = WireType.of(String.class);
  private static final WireType<Integer> INT = WireType.of(int.class);

  /** Records each request and answers with {@code reply}. */
  static final class RecordingTransport implements RpcTransport {
    final List<String> bodies = new ArrayList<>();
    final List<Duration> timeouts = new ArrayList<>();
    final List<Blob> blobs = new ArrayList<>();
    final Function<String, CompletionStage<RpcReply>> reply;

    RecordingTransport(Function<String, CompletionStage<RpcReply>> reply) {
      this.reply = reply;
    }

    @Override
    public String ourNode() {
      return "alice.os";
    }

    @Override
    public CompletionStage<RpcReply> request(Address target, byte[] body, Blob blob, Duration timeout) {
      String text = new String(body, UTF_8);
      bodies.add(text);
      timeouts.add(timeout);
      blobs.add(blob);
      return reply.apply(text);
    }

    @Override
    public void send(Address target, byte[] body, Blob blob) {
      bodies.add(new String(body, UTF_8));
    }
  }

  private static CompletionStage<RpcTransport.RpcReply> json(String json) {
    return CompletableFuture.completedFuture(new RpcTransport.RpcReply(json.getBytes(UTF_8), null));
  }

  /** What a completed stage failed with, unwrapped as a caller's handler sees it. */
  private static Throwable failure(CompletionStage<?> stage) {
    return stage.handle((value, failure) -> failure).toCompletableFuture().join();
  }

  @Test
  void writesTheEnvelopeAndDecodesTheReply() {
    RecordingTransport transport = new RecordingTransport(body -> json("42"));
    RpcTarget target = new RpcTarget(transport, BOB, RpcTarget.DEFAULT_TIMEOUT);
    assertThat(target.call("Add", INT, INT.value(40), INT.value(2)).toCompletableFuture().join()).isEqualTo(42);
    assertThat(target.call("Echo", INT, STRING.value("x")).toCompletableFuture().join()).isEqualTo(42);
    assertThat(target.withTimeout(Duration.ofSeconds(2)).call("Count", INT).toCompletableFuture().join())
        .isEqualTo(42);
    assertThat(transport.bodies).containsExactly("{\"Add\":[40,2]}", "{\"Echo\":\"x\"}", "{\"Count\":null}");
    assertThat(transport.timeouts).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(2));
  }

  @Test
  void aBlobGoesBesideTheArgumentsAndTheReplysBlobIsHandedOverBeforeTheStageCompletes() {
    Blob sent = new Blob("text/plain", "hi".getBytes(UTF_8));
    Blob answered = new Blob("image/png", new byte[] {1, 2});
    RecordingTransport transport = new RecordingTransport(body -> CompletableFuture.completedFuture(
        new RpcTransport.RpcReply("7".getBytes(UTF_8), answered)));
    ReplyBlob replyBlob = new ReplyBlob();
    RpcTarget target = new RpcTarget(transport, BOB, RpcTarget.DEFAULT_TIMEOUT);

    assertThat(replyBlob.get()).isEmpty();
    String seen = target.withBlob(sent).withReplyBlob(replyBlob).call("Upload", INT)
        .thenApply(size -> size + " " + replyBlob.get().orElseThrow().mime())
        .toCompletableFuture().join();
    target.call("Plain", INT).toCompletableFuture().join();

    assertThat(seen).isEqualTo("7 image/png");
    assertThat(transport.blobs).containsExactly(sent, null);
  }

  @Test
  void aReplyWithoutABlobLeavesTheReplyBlobEmpty() {
    RpcTarget target = new RpcTarget(new RecordingTransport(body -> json("1")), BOB, RpcTarget.DEFAULT_TIMEOUT);
    ReplyBlob replyBlob = new ReplyBlob();

    target.withReplyBlob(replyBlob).call("Count", INT).toCompletableFuture().join();

    assertThat(replyBlob.get()).isEmpty();
  }

  @Test
  void errorsArriveAsTheRpcExceptionItself() {
    RpcException offline = new RpcException(DispatchError.of(ErrorCode.OFFLINE, "bob.os is offline"));
    RpcTarget target = new RpcTarget(
        new RecordingTransport(body -> CompletableFuture.failedFuture(offline)), BOB, Duration.ofSeconds(1));
    CompletableFuture<Integer> call = target.call("Count", INT).toCompletableFuture();
    assertThat(call).isCompletedExceptionally();
    assertThat(failure(call)).isSameAs(offline);

    RpcTarget garbled = new RpcTarget(new RecordingTransport(body -> json("\"x\"")), BOB, Duration.ofSeconds(1));
    Throwable wrong = failure(garbled.call("Count", INT));
    assertThat(wrong).isInstanceOfSatisfying(RpcException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.WRONG_TYPE));
  }

  @Test
  void currentTransportIsBoundWhileAHandlerRuns() {
    assertThatThrownBy(Rpc::currentTransport)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside a handler");
    RecordingTransport outer = new RecordingTransport(body -> json("1"));
    RecordingTransport inner = new RecordingTransport(body -> json("2"));
    try (Rpc.Binding ignored = Rpc.bind(outer)) {
      try (Rpc.Binding nested = Rpc.bind(inner)) {
        assertThat(Rpc.currentTransport()).isSameAs(inner);
      }
      assertThat(Rpc.currentTransport()).isSameAs(outer);
    }
    assertThatThrownBy(Rpc::currentTransport).isInstanceOf(IllegalStateException.class);
  }
}
