package dev.hyperapp.processor.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.DispatchResult;

/** Reads what a generated dispatcher answered, failing the test when it answered something else. */
public final class DispatchResults {

  private DispatchResults() {}

  /** The JSON of a {@code Done} ({@code null} for a void handler). */
  public static String json(DispatchResult result) {
    if (result instanceof DispatchResult.Done done) {
      return done.json() == null ? null : new String(done.json(), UTF_8);
    }
    throw new AssertionError("expected a result, got " + result);
  }

  /** The error of a {@code Failed}. */
  public static DispatchError error(DispatchResult result) {
    if (result instanceof DispatchResult.Failed failed) {
      return failed.error();
    }
    throw new AssertionError("expected an error, got " + result);
  }

  /** What a {@code Pending} completed with. */
  public static DispatchResult settled(DispatchResult result) {
    if (result instanceof DispatchResult.Pending pending) {
      return pending.stage().toCompletableFuture().join();
    }
    throw new AssertionError("expected a pending result, got " + result);
  }
}
