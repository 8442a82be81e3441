package test.relay;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import java.util.concurrent.CompletionStage;

/** Calls its own @Local handler through its generated client, the right way and the wrong way. */
@Hyperprocess(name = "Relay", publisher = "test.os", save = @dev.hyperapp.annotations.Save(
    dev.hyperapp.annotations.SaveMode.EVERY_MESSAGE))
public class Relay {
  public int calls;

  @Local
  int echo(int value) {
    calls++;
    return value;
  }

  @Http
  CompletionStage<Integer> relay(Context context, int value) {
    return RelayClient.at(context.our().node()).echo(value).thenApply(echoed -> echoed * 2);
  }

  @Http
  int blocking(Context context, int value) {
    return RelayClient.at(context.our().node()).echo(value).toCompletableFuture().join();
  }
}
