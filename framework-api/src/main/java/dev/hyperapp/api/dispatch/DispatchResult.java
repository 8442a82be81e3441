package dev.hyperapp.api.dispatch;

import java.util.concurrent.CompletionStage;

/** What a dispatcher returns for one message: a result now, an error now, or a result later. */
public sealed interface DispatchResult {

  /** The handler returned; {@code json} is the encoded return value ({@code null} for void). */
  record Done(byte[] json) implements DispatchResult {}

  /** The message could not be handled; the caller gets the error. */
  record Failed(DispatchError error) implements DispatchResult {}

  /**
   * The handler returned a {@code CompletionStage}; the stage completes with {@link Done} or
   * {@link Failed}, never exceptionally.
   */
  record Pending(CompletionStage<DispatchResult> stage) implements DispatchResult {}
}
