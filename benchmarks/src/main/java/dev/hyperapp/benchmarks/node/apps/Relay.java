package dev.hyperapp.benchmarks.node.apps;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import java.util.concurrent.CompletionStage;

/** Process A of the request/response benchmark: asks {@link Echo} through its generated client. */
@Hyperprocess(publisher = "bench.os", save = @Save(SaveMode.NEVER))
public class Relay {

  @Local
  CompletionStage<Integer> relay(Context context, int value) {
    return EchoClient.at(context.our().node()).echo(value);
  }
}
