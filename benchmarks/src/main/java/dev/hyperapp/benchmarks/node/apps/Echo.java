package dev.hyperapp.benchmarks.node.apps;

import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;

/** Process B of the request/response benchmark: answers its caller, keeps no state. */
@Hyperprocess(publisher = "bench.os", save = @Save(SaveMode.NEVER))
public class Echo {

  @Local
  int echo(int value) {
    return value + 1;
  }
}
