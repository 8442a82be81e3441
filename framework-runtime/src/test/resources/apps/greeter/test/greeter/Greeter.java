package test.greeter;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Remote;
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

  /** Asks the Greeter of {@code node} who it thinks is calling. */
  @Local
  CompletionStage<String> askWhoCalls(String node) {
    return GreeterClient.at(node).whoCalls();
  }

  @Local
  CompletionStage<String> askGreet(String node, String name) {
    return GreeterClient.at(node).greet(name);
  }
}
