package dev.hyperapp.benchmarks.node.apps;

import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import java.util.concurrent.CompletionStage;

/**
 * The peer-to-peer benchmark's caller on alice: asks bob's {@link Pong} through its generated client,
 * so the round trip is a process's, whose reply continues on its mailbox. Called as another process
 * of the node would ({@code @Local}) or as the node's HTTP server does ({@code @Http}).
 */
@Hyperprocess(publisher = "bench.os", save = @Save(SaveMode.NEVER))
public class PongCaller {

  /** The node the benchmark runs {@link Pong} on. */
  static final String PONG_NODE = "bob.os";

  @Local
  @Http
  CompletionStage<String> ask(String payload) {
    return PongClient.at(PONG_NODE).echo(payload);
  }
}
