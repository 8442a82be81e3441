package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Result;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import java.util.Set;
import java.util.concurrent.CompletionException;

/** How an attempt to hand an outbox entry to its peer ended. */
public enum DeliveryOutcome {
  /** The peer took it. */
  ACCEPTED,
  /** The peer refused it, and would again. */
  REFUSED,
  /** The peer has left the conversation: it is no recipient any more. */
  GONE,
  /** The peer could not take it now: try again later. */
  UNREACHABLE;

  /** Failures that say nothing about the entry itself: the peer or its app may be back later. */
  private static final Set<ErrorCode> TRANSIENT = Set.of(
      ErrorCode.OFFLINE, ErrorCode.TIMEOUT, ErrorCode.NO_SUCH_PROCESS, ErrorCode.INTERNAL);

  /** The outcome of a reply from the peer's handler. */
  static DeliveryOutcome of(Result<Boolean, Rejection> reply) {
    if (reply instanceof Result.Err<Boolean, Rejection> err) {
      if (err.error() == Rejection.LEFT_GROUP) {
        return GONE;
      }
      return err.error().isRetryable() ? UNREACHABLE : REFUSED;
    }
    return ACCEPTED;
  }

  /** The outcome of a call that failed: offline, timed out, or refused by the peer's framework. */
  static DeliveryOutcome of(Throwable failure) {
    if (cause(failure) instanceof RpcException rpc) {
      return TRANSIENT.contains(rpc.code()) ? UNREACHABLE : REFUSED;
    }
    return UNREACHABLE;
  }

  /** Why a call failed, in a few words: {@code offline: bob.os is not connected}. */
  static String describe(Throwable failure) {
    return cause(failure).getMessage();
  }

  /** The failure itself, out of the {@code CompletionException} a stage wraps it in. */
  static Throwable cause(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
