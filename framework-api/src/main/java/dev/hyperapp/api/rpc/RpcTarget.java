package dev.hyperapp.api.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.json.Wire;
import dev.hyperapp.api.json.WireType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A process that typed clients send requests to: the transport, the target's address, the reply
 * timeout, and the blobs that travel beside the JSON. Generated clients wrap one and make each handler
 * a typed method; this class writes the request body {@code {"PascalName": null | argument |
 * [arguments…]}} and decodes the reply.
 *
 * @param transport sends the requests
 * @param address the target process
 * @param timeout how long to wait for each reply
 * @param blob sent beside each request's arguments (the handler's {@code ctx.blob()}), or {@code null}
 * @param replyBlob receives the blob each reply carries, or {@code null} to drop it
 */
public record RpcTarget(RpcTransport transport, Address address, Duration timeout, Blob blob,
    ReplyBlob replyBlob) {

  /** How long a reply is awaited unless a client says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public RpcTarget {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(address, "address");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("A timeout must be positive, got " + timeout);
    }
  }

  /** A target sending no blob and dropping the replies' blobs. */
  public RpcTarget(RpcTransport transport, Address address, Duration timeout) {
    this(transport, address, timeout, null, null);
  }

  /** The same target, waiting {@code timeout} for each reply. */
  public RpcTarget withTimeout(Duration timeout) {
    return new RpcTarget(transport, address, timeout, blob, replyBlob);
  }

  /** The same target, sending {@code blob} beside each request's arguments ({@code null}: none). */
  public RpcTarget withBlob(Blob blob) {
    return new RpcTarget(transport, address, timeout, blob, replyBlob);
  }

  /** The same target, putting the blob each reply carries into {@code replyBlob}. */
  public RpcTarget withReplyBlob(ReplyBlob replyBlob) {
    return new RpcTarget(transport, address, timeout, blob, replyBlob);
  }

  /**
   * Calls {@code method} with {@code arguments}; the stage completes with the decoded reply, or
   * exceptionally with the {@link RpcException} itself (not wrapped).
   */
  public <R> CompletionStage<R> call(String method, WireType<R> returns, WireType.Value<?>... arguments) {
    byte[] body = requestBody(method, arguments);
    CompletionStage<RpcTransport.RpcReply> reply;
    try {
      reply = transport.request(address, body, blob, timeout);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(asRpcException(method, e));
    }
    // Of the transport's own kind: the runtime's stages refuse join()/get() from the process that
    // must complete them, which would deadlock, and run their async continuations on its executor.
    CompletableFuture<R> result = reply.toCompletableFuture().newIncompleteFuture();
    reply.whenComplete((json, failure) -> {
      if (failure != null) {
        result.completeExceptionally(asRpcException(method, failure));
        return;
      }
      if (replyBlob != null) {
        replyBlob.set(json == null ? null : json.blob());
      }
      try {
        result.complete(decode(returns, json));
      } catch (RpcException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /** {@code {"Method": null}}, {@code {"Method": argument}} or {@code {"Method": [arguments…]}}. */
  static byte[] requestBody(String method, WireType.Value<?>... arguments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = Wire.mapper().createGenerator(out)) {
      generator.writeStartObject();
      generator.writeFieldName(method);
      if (arguments.length == 0) {
        generator.writeNull();
      } else if (arguments.length == 1) {
        arguments[0].writeTo(generator);
      } else {
        generator.writeStartArray();
        for (WireType.Value<?> argument : arguments) {
          argument.writeTo(generator);
        }
        generator.writeEndArray();
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode the arguments of " + method, e);
    }
    return out.toByteArray();
  }

  private static <R> R decode(WireType<R> returns, RpcTransport.RpcReply reply) {
    if (returns == WireType.VOID) {
      return null;
    }
    byte[] json = reply == null ? null : reply.json();
    if (json == null || json.length == 0) {
      throw new RpcException(DispatchError.of(ErrorCode.BAD_JSON,
          "The reply is empty, expected a " + returns));
    }
    try {
      return returns.read(json);
    } catch (IOException e) {
      throw new RpcException(DispatchError.of(ErrorCode.WRONG_TYPE,
          "The reply is not a " + returns + ": " + e.getMessage()));
    }
  }

  private static RpcException asRpcException(String method, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
    if (cause instanceof RpcException rpc) {
      return rpc;
    }
    return new RpcException(DispatchError.of(ErrorCode.INTERNAL,
        "Sending " + method + " failed: " + cause.getMessage()));
  }
}
