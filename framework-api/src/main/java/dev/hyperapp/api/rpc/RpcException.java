package dev.hyperapp.api.rpc;

import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;

/**
 * How a failed call reaches the caller's {@code CompletionStage}: a {@link ErrorCode#TIMEOUT}, an
 * {@link ErrorCode#OFFLINE} target, or the error the target's dispatcher returned.
 */
public final class RpcException extends RuntimeException {

  private final DispatchError error;

  public RpcException(DispatchError error) {
    super(error.code().wireName() + ": " + error.message(), null, false, false);
    this.error = error;
  }

  public DispatchError error() {
    return error;
  }

  public ErrorCode code() {
    return error.code();
  }
}
