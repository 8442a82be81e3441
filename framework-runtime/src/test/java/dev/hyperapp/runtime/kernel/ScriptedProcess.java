package dev.hyperapp.runtime.kernel;

import dev.hyperapp.api.dispatch.DispatchResult;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** A process whose handler is a function of the delivery, for kernel tests. */
class ScriptedProcess implements ProcessBehaviour {

  private final Function<Delivery, DispatchResult> handler;
  volatile int workDone;
  volatile boolean stopped;

  ScriptedProcess(Function<Delivery, DispatchResult> handler) {
    this.handler = handler;
  }

  static ScriptedProcess echo() {
    return new ScriptedProcess(delivery -> done(text(delivery)));
  }

  static DispatchResult done(String text) {
    return new DispatchResult.Done(text.getBytes(StandardCharsets.UTF_8));
  }

  static String text(Delivery delivery) {
    return new String(delivery.message().body(), StandardCharsets.UTF_8);
  }

  @Override
  public void start(ProcessRef self) {}

  @Override
  public DispatchResult handle(Delivery delivery) {
    return handler.apply(delivery);
  }

  @Override
  public void workDone() {
    workDone++;
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
