package dev.hyperapp.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperapp.api.json.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A browser's view of one node, logged in as its owner: requests carry the login cookie, and
 * redirects are not followed so tests see exactly what the server sends. Paths are absolute on the
 * node, for example {@code /samchat:samchat:template.os/api}. The session logs in at first use and
 * keeps its cookie across restarts of the node (the signing key lives in the node's home).
 */
public final class HttpSession {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final TestNode node;
  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final List<WebSocketSession> sockets = new ArrayList<>();
  private String cookie;

  HttpSession(TestNode node) {
    this.node = node;
  }

  /** The {@code Cookie} header value of the owner's login: {@code name=value}. */
  public synchronized String cookie() {
    if (cookie == null) {
      cookie = login();
    }
    return cookie;
  }

  private String login() {
    String form = "password=" + URLEncoder.encode(node.password(), StandardCharsets.UTF_8) + "&next=/";
    HttpResponse<String> response = send(HttpRequest.newBuilder(node.url("/login")).timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow(() ->
        new IllegalStateException("Logging in to " + node.name() + " failed: HTTP "
            + response.statusCode() + " " + response.body()));
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  /** A request to {@code path} with the login cookie, to finish and {@link #send}. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(node.url(path)).timeout(TIMEOUT).header("Cookie", cookie());
  }

  /** Sends {@code request} and returns the response, whatever its status. */
  public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + node.name(), e);
    }
  }

  /** A GET, logged in; the body as text. */
  public HttpResponse<String> get(String path) {
    return send(request(path), HttpResponse.BodyHandlers.ofString());
  }

  /** A GET, logged in; the body as bytes (files). */
  public HttpResponse<byte[]> getBytes(String path) {
    return send(request(path), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A POST of {@code json}, logged in, whatever the status. */
  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST of raw bytes as {@code contentType} (a file upload), logged in, whatever the status. */
  public HttpResponse<String> upload(String path, byte[] content, String contentType) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(content)), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Calls the handler {@code method} (PascalCase, as the app's api.js does) at the binding {@code
   * path} with {@code arguments}, encoded as the framework encodes them (records and all), and
   * returns the reply's JSON.
   *
   * @throws HttpCallFailed if the answer is not 200
   */
  public JsonNode call(String path, String method, Object... arguments) {
    HttpResponse<String> response = postJson(path, requestBody(method, arguments));
    if (response.statusCode() != 200) {
      throw new HttpCallFailed(method, response.statusCode(), response.body());
    }
    return readJson(response.body());
  }

  /** {@link #call}, decoding the reply as {@code type} with the framework's JSON mapping. */
  public <T> T call(Class<T> type, String path, String method, Object... arguments) {
    return Wire.mapper().convertValue(call(path, method, arguments), type);
  }

  /** {@code {"Method": null | argument | [arguments…]}}, as api.js writes it. */
  public static String requestBody(String method, Object... arguments) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (arguments.length == 0) {
      body.putNull(method);
    } else if (arguments.length == 1) {
      body.set(method, Wire.mapper().valueToTree(arguments[0]));
    } else {
      ArrayNode list = body.putArray(method);
      for (Object argument : arguments) {
        list.add(Wire.mapper().<JsonNode>valueToTree(argument));
      }
    }
    return body.toString();
  }

  /** Parses a response body. */
  public static JsonNode readJson(String body) {
    try {
      return Wire.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + body, e);
    }
  }

  /** Opens a WebSocket to {@code path} with the login cookie; it collects what the node pushes. */
  public synchronized WebSocketSession webSocket(String path) {
    URI http = node.url(path);
    URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
    WebSocketSession session = WebSocketSession.open(client, ws, cookie());
    sockets.add(session);
    return session;
  }

  synchronized void close() {
    sockets.forEach(WebSocketSession::close);
    sockets.clear();
  }

  /** A handler call that was not answered with 200. */
  public static final class HttpCallFailed extends RuntimeException {
    private final int status;
    private final String body;

    HttpCallFailed(String method, int status, String body) {
      super(method + " answered HTTP " + status + ": " + body);
      this.status = status;
      this.body = body;
    }

    public int status() {
      return status;
    }

    public String body() {
      return body;
    }
  }
}
