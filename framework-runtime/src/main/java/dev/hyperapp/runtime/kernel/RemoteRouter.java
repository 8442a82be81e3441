package dev.hyperapp.runtime.kernel;

import dev.hyperapp.api.dispatch.ErrorCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Carries messages to other nodes. The kernel calls it for every message whose target node is not
 * ours; the peer-to-peer layer implements it. Until one is set, every other node is offline.
 */
@FunctionalInterface
public interface RemoteRouter {

  /** Fails every message at once with {@link ErrorCode#OFFLINE}. */
  RemoteRouter OFFLINE = message -> CompletableFuture.completedFuture(Reply.failure(
      ErrorCode.OFFLINE, "Node " + message.target().node() + " cannot be reached: no peer links"));

  /**
   * Sends {@code message} to its target node. The stage completes with the reply (for a request) or
   * when the message has left (for fire-and-forget); never exceptionally. The kernel applies the
   * message's timeout itself.
   */
  CompletionStage<Reply> forward(Message message);
}
