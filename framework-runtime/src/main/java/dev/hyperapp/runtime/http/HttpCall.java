package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
   * The HTTP request as a handler sees it.
   *
   * @param method the method, upper-case
   * @param path the path below the app's base path, for example {@code /api}
   * @param queryParameters every query parameter with all its values, decoded
   * @param headers every header with all its values; looked up by case-insensitive name
   */
  public record Request(
      String method, String path, Map<String, List<String>> queryParameters, Map<String, List<String>> headers)
      implements Context.HttpRequest {

    public Request {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      queryParameters = Map.copyOf(queryParameters);
      TreeMap<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.forEach((name, values) -> byName.put(name, List.copyOf(values)));
      headers = Collections.unmodifiableMap(byName);
    }

    @Override
    public Optional<String> query(String name) {
      return first(queryParameters.get(name));
    }

    @Override
    public Optional<String> header(String name) {
      return first(headers.get(name));
    }

    private static Optional<String> first(List<String> values) {
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }
}
