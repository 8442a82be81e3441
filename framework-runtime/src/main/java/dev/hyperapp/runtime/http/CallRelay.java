package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import io.undertow.util.StatusCodes;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.xnio.XnioIoThread;

/**
 * Turns an HTTP request into an {@link HttpCall}, hands it to the node and sends the reply; the body is
 * read and the reply awaited without holding any thread.
 *
 * <p>A body is JSON when its {@code Content-Type} is {@code application/json}, {@code …+json} or
 * absent. Any other body is an upload: its bytes become the call's blob (the content type its MIME
 * type), the handler's arguments, if any, come as JSON in the query parameter {@code args}, and at an
 * endpoint the query parameter {@code method} names the handler. JSON bodies are limited to {@link
 * HttpSettings#maxJsonBytes()}, uploads to {@link HttpSettings#maxUploadBytes()} (see {@link
 * RequestBodies}). The process sees the request's method, path, query and headers, except {@code
 * Cookie}.
 */
final class CallRelay {

  /** Query parameter naming an upload's handler at an endpoint. */
  static final String METHOD_PARAMETER = "method";
  /** Query parameter carrying an upload's JSON arguments. */
  static final String ARGS_PARAMETER = "args";

  private final HttpHost host;
  private final HttpSettings settings;

  CallRelay(HttpHost host, HttpSettings settings) {
    this.host = host;
    this.settings = settings;
  }

  /**
   * Relays a request to {@code process}: an envelope ({@code handler} empty) or a call of {@code
   * handler} with bare arguments. {@code path} is the path below the app's base path.
   */
  void relay(HttpServerExchange exchange, ProcessId process, String path, Optional<String> handler) {
    String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    boolean upload = contentType != null && !isJson(contentType);
    Optional<String> target = handler.isPresent() || !upload ? handler : query(exchange, METHOD_PARAMETER);
    if (upload && target.isEmpty()) {
      Replies.error(
          exchange,
          ErrorCode.BAD_REQUEST,
          "Send JSON with Content-Type: application/json, or upload a file as the raw body with ?"
              + METHOD_PARAMETER + "=HandlerName");
      return;
    }
    RequestBodies.read(
        exchange,
        upload ? settings.maxUploadBytes() : settings.maxJsonBytes(),
        (ready, body) -> ready.dispatch(SameThreadExecutor.INSTANCE, () -> {
          HttpCall.Request request = new HttpCall.Request(ready, path);
          HttpCall call = upload
              ? new HttpCall(target, uploadArguments(ready), request, Optional.of(new Blob(contentType, body)))
              : new HttpCall(target, body, request, Optional.empty());
          send(ready, process, call);
        }));
  }

  private void send(HttpServerExchange exchange, ProcessId process, HttpCall call) {
    CompletionStage<HttpReply> reply;
    try {
      // The host times the call out (the kernel's own request timeout): no second timer here.
      reply = host.call(process, call, settings.callTimeout());
    } catch (RuntimeException hostFailed) {
      reply = CompletableFuture.failedFuture(hostFailed);
    }
    reply.whenComplete((value, error) -> onIoThread(exchange, () -> answer(exchange, value, error)));
  }

  /**
   * Runs {@code answer} on the exchange's I/O thread. A reply that arrives on another thread (a process
   * that ran on the worker pool) would otherwise end the exchange there, and Undertow then re-arms the
   * connection's reads from that thread while its I/O thread, already woken by the client's next
   * request, spins until it is done: on a loaded machine, for whole time slices.
   */
  private static void onIoThread(HttpServerExchange exchange, Runnable answer) {
    XnioIoThread ioThread = exchange.getIoThread();
    if (ioThread == Thread.currentThread()) {
      answer.run();
    } else {
      ioThread.execute(answer);
    }
  }

  private void answer(HttpServerExchange exchange, HttpReply reply, Throwable error) {
    try {
      if (error != null) {
        answerFailure(exchange, error);
      } else if (reply instanceof HttpReply.Failed) {
        Replies.error(exchange, ((HttpReply.Failed) reply).error());
      } else {
        HttpReply.Done done = (HttpReply.Done) reply;
        if (done.blob().isPresent()) {
          Blob blob = done.blob().get();
          exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
          Replies.send(exchange, StatusCodes.OK, blob.mime(), blob.bytes());
        } else {
          Replies.json(exchange, StatusCodes.OK, done.json());
        }
      }
    } catch (RuntimeException unexpected) {
      Replies.internalError(exchange, unexpected);
    }
  }

  private void answerFailure(HttpServerExchange exchange, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof RpcException) {
      Replies.error(exchange, ((RpcException) cause).error());
    } else {
      Replies.internalError(exchange, cause);
    }
  }

  private static byte[] uploadArguments(HttpServerExchange exchange) {
    return query(exchange, ARGS_PARAMETER).map(args -> args.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
  }

  static boolean isJson(String contentType) {
    int parameters = contentType.indexOf(';');
    String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
  }

  static Optional<String> query(HttpServerExchange exchange, String name) {
    Deque<String> values = exchange.getQueryParameters().get(name);
    return values == null ? Optional.empty() : Optional.ofNullable(values.peekFirst());
  }
}
