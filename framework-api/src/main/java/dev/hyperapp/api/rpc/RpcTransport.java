package dev.hyperapp.api.rpc;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Sends messages for typed clients; the runtime implements it. A stage returned here completes on
 * the calling process's executor, so a handler's continuations never race with its other handlers.
 */
public interface RpcTransport {

  /** The node this transport sends from. */
  String ourNode();

  /**
   * Sends a request body {@code {"PascalName": …}} to {@code target} and completes with the reply, or
   * exceptionally with an {@link RpcException}: {@code OFFLINE} at once when the target cannot be
   * reached, {@code TIMEOUT} when no reply comes within {@code timeout}, or the target's error.
   */
  CompletionStage<RpcReply> request(Address target, byte[] body, Blob blob, Duration timeout);

  /** Sends a body and expects no reply (fire-and-forget). */
  void send(Address target, byte[] body, Blob blob);

  /** A reply: the JSON-encoded return value, and the blob the handler attached, if any. */
  record RpcReply(byte[] json, Blob blob) {}
}
