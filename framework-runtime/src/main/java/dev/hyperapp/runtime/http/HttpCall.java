package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request to a process, as the server hands it to the node.
 *
 * <p>Without a {@link #handler()} the body is an envelope {@code {"PascalName": args}} for {@code
 * ProcessDispatcher.dispatch}. With one (a handler with a path of its own, or an upload naming its
 * handler) the body is the arguments alone, empty for none, for {@code ProcessDispatcher.invoke}.
 *
 * @param handler the PascalCase handler name, or empty for an envelope
 * @param body the envelope or the bare arguments, as JSON bytes
 * @param request the HTTP request, for {@link Context#http()}
 * @param blob the uploaded bytes, for {@link Context#blob()}
 */
public record HttpCall(Optional<String> handler, byte[] body, Request request, Optional<Blob> blob) {

  public HttpCall {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(blob, "blob");
  }

  /**
   * The HTTP request as a handler sees it: a read-only view of the exchange's query and headers, not a
   * copy, since most handlers read none of them. Undertow fills both while it parses the request and
   * never changes them afterwards, and a new request on the connection gets a new exchange, so the view
   * stays right for as long as a handler keeps it: past a pending stage, and after the reply. The
   * {@code Cookie} header is hidden: the owner's login cookie is the node's, not the app's (and a
   * handler cannot set cookies, so an app has none of its own).
   */
  public static final class Request implements Context.HttpRequest {

    private final String method;
    private final String path;
    private final Map<String, Deque<String>> query;
    private final HeaderMap headers;
    private volatile Map<String, List<String>> queryCopy;

    /**
     * @param exchange the request, after Undertow has parsed it
     * @param path the path below the app's base path, for example {@code /api}
     */
    Request(HttpServerExchange exchange, String path) {
      this.method = exchange.getRequestMethod().toString();
      this.path = Objects.requireNonNull(path, "path");
      this.query = exchange.getQueryParameters();
      this.headers = exchange.getRequestHeaders();
    }

    @Override
    public String method() {
      return method;
    }

    @Override
    public String path() {
      return path;
    }

    @Override
    public Optional<String> query(String name) {
      Deque<String> values = query.get(name);
      return values == null ? Optional.empty() : Optional.ofNullable(values.peekFirst());
    }

    /** Every query parameter with all its values, decoded; copied on first use. */
    @Override
    public Map<String, List<String>> queryParameters() {
      Map<String, List<String>> copy = queryCopy;
      if (copy == null) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        query.forEach((name, values) -> byName.put(name, List.copyOf(values)));
        copy = Collections.unmodifiableMap(byName);
        queryCopy = copy;
      }
      return copy;
    }

    /** The first value of a header, by case-insensitive name; never the {@code Cookie} header. */
    @Override
    public Optional<String> header(String name) {
      return Headers.COOKIE.equalToString(name) ? Optional.empty() : Optional.ofNullable(headers.getFirst(name));
    }
  }
}
