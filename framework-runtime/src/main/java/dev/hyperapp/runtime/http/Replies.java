package dev.hyperapp.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes responses. Every error leaves the server in one shape, {@code
 * {"error":{"code":…,"message":…,"path":…}}} with the code's status: never a stack trace, never an HTML
 * error page.
 */
final class Replies {

  static final String JSON = "application/json";
  static final String HTML = "text/html; charset=utf-8";
  static final String JAVASCRIPT = "text/javascript; charset=utf-8";

  private static final Logger log = LoggerFactory.getLogger(Replies.class);
  private static final JsonFactory JSON_FACTORY = new JsonFactory();
  private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");

  private Replies() {}

  /** Sends {@code body} with a status and content type; the exchange ends once it is written. */
  static void send(HttpServerExchange exchange, int status, String contentType, byte[] body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
    exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
    exchange.getResponseSender().send(ByteBuffer.wrap(body));
  }

  /** Sends a JSON body that must not be cached (API replies carry the owner's data). */
  static void json(HttpServerExchange exchange, int status, byte[] json) {
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    send(exchange, status, JSON, json);
  }

  static void error(HttpServerExchange exchange, ErrorCode code, String message) {
    error(exchange, DispatchError.of(code, message));
  }

  static void error(HttpServerExchange exchange, DispatchError error) {
    json(exchange, error.code().httpStatus(), errorJson(error));
  }

  /** A 405 that says, in {@code Allow} and in its message, which methods the path takes. */
  static void methodNotAllowed(HttpServerExchange exchange, Collection<String> allowed) {
    String list = String.join(", ", allowed);
    exchange.getResponseHeaders().put(Headers.ALLOW, list);
    error(
        exchange,
        ErrorCode.METHOD_NOT_ALLOWED,
        exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestPath() + "; use " + list);
  }

  static void notFound(HttpServerExchange exchange) {
    error(exchange, ErrorCode.NOT_FOUND, "Nothing at " + exchange.getRequestPath());
  }

  /** A 303 to {@code location}: after a form post or to the login page, the browser follows with GET. */
  static void seeOther(HttpServerExchange exchange, String location) {
    redirect(exchange, StatusCodes.SEE_OTHER, location);
  }

  static void redirect(HttpServerExchange exchange, int status, String location) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.LOCATION, location);
    exchange.endExchange();
  }

  /** The error's wire form. */
  static byte[] errorJson(DispatchError error) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + error.message().length());
    try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
      json.writeStartObject();
      error.writeField(json);
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }

  /**
   * Wraps a handler so that anything it throws becomes a logged 500 in the JSON shape, instead of
   * Undertow's empty 500.
   */
  static HttpHandler guarded(HttpHandler handler) {
    return exchange -> {
      try {
        handler.handleRequest(exchange);
      } catch (Throwable unexpected) {
        internalError(exchange, unexpected);
      }
    };
  }

  /** Logs {@code cause} and answers 500, unless a response has already started. */
  static void internalError(HttpServerExchange exchange, Throwable cause) {
    log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestPath(), cause);
    if (exchange.isResponseStarted()) {
      exchange.endExchange();
    } else {
      exchange.getResponseHeaders().clear();
      error(exchange, ErrorCode.INTERNAL, "The node failed to handle this request; see its log");
    }
  }
}
