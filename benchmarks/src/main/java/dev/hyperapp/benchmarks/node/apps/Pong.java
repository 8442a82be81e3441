package dev.hyperapp.benchmarks.node.apps;

import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Remote;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;

/** The peer-to-peer benchmark's app: a {@code @Remote} handler that answers another node's payload with itself. */
@Hyperprocess(publisher = "bench.os", save = @Save(SaveMode.NEVER))
public class Pong {

  @Remote
  String echo(String payload) {
    return payload;
  }
}
