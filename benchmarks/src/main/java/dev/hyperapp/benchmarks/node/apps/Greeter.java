package dev.hyperapp.benchmarks.node.apps;

import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;

/** The HTTP benchmark's app: one {@code @Http} handler behind the default authenticated {@code /api}. */
@Hyperprocess(publisher = "bench.os", save = @Save(SaveMode.NEVER))
public class Greeter {

  /** What the handler returns; the bare Undertow peer answers with the same JSON. */
  public record Greeting(String message, int length) {}

  @Http
  Greeting greet(String name) {
    return new Greeting("hello, " + name, name.length());
  }
}
