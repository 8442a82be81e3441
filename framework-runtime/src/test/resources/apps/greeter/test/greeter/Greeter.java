package test.greeter;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Remote;
import dev.hyperapp.api.rpc.ReplyBlob;
import dev.hyperapp.api.rpc.RpcException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Answers other nodes, and calls the Greeter of another node through its generated client. */
@Hyperprocess(name = "Greeter", publisher = "test.os")
public class Greeter {

  /** Who the runtime says is calling. */
  @Remote
  String whoCalls(Context context) {
    return context.source().toString();
  }

  @Remote
  String greet(Context context, String name) {
    return "Hello " + name + " from " + context.our().node();
  }

  /** Answers a blob with its size and sends it back reversed. */
  @Remote
  String reverse(Context context) {
    Blob blob = context.blob().orElseThrow(() -> new IllegalArgumentException("Send a blob"));
    byte[] reversed = new byte[blob.bytes().length];
    for (int i = 0; i < reversed.length; i++) {
      reversed[i] = blob.bytes()[reversed.length - 1 - i];
    }
    context.respondWithBlob(new Blob(blob.mime(), reversed));
    return blob.bytes().length + " bytes";
  }

  /** Answers with a blob of that many zero bytes: a reply as large as the caller likes. */
  @Remote
  String zeros(Context context, int bytes) {
    context.respondWithBlob(new Blob("application/octet-stream", new byte[bytes]));
    return bytes + " bytes";
  }

  /** Asks the Greeter of {@code node} who it thinks is calling. */
  @Local
  CompletionStage<String> askWhoCalls(String node) {
    return GreeterClient.at(node).whoCalls();
  }

  /** Has the Greeter of {@code node} reverse {@code text}, sent as a blob through the typed client. */
  @Local
  CompletionStage<String> askReverse(String node, String text) {
    ReplyBlob reversed = new ReplyBlob();
    return GreeterClient.at(node)
        .withBlob(new Blob("text/plain", text.getBytes(StandardCharsets.UTF_8)))
        .withReplyBlob(reversed)
        .reverse()
        .thenApply(size -> size + ": "
            + new String(reversed.get().orElseThrow().bytes(), StandardCharsets.UTF_8));
  }

  @Local
  CompletionStage<String> askGreet(String node, String name) {
    return GreeterClient.at(node).greet(name);
  }

  /**
   * Asks {@code node} to greet, waiting at most {@code timeoutMillis} for the reply; a call that fails
   * answers {@code "error <code>: <message>"}, so the caller sees which error it was.
   */
  @Local
  CompletionStage<String> greetWithin(String node, String name, int timeoutMillis) {
    return GreeterClient.at(node).withTimeout(Duration.ofMillis(timeoutMillis)).greet(name)
        .exceptionally(failure -> {
          Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
          return cause instanceof RpcException rpc
              ? "error " + rpc.code().wireName() + ": " + rpc.error().message()
              : "error " + cause;
        });
  }
}
