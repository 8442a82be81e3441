package dev.hyperapp.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.annotations.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real server on an ephemeral loopback port, its {@link TestHost}, and a real HTTP client that
 * follows no redirects and keeps no cookies, so tests see exactly what the server sends.
 */
final class TestNode implements AutoCloseable {

  static final String ECHO = "/echo:echo:test.os";
  static final String SECRET = "TOP SECRET: outside ui/";

  private static final ObjectMapper JSON = new ObjectMapper();

  final TestHost host;
  final HttpServer server;
  final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private TestNode(TestHost host, HttpSettings settings) {
    this.host = host;
    this.server = HttpServer.start(host, settings);
    host.pushThrough(server.webSockets());
  }

  static TestNode start(TestHost host, HttpSettings settings) {
    return new TestNode(host, settings);
  }

  /** A node with the {@link #echoApp echo app} and default settings. */
  static TestNode withEchoApp(Path dir) {
    return start(new TestHost().install(echoApp().jar(dir)), HttpSettings.loopback(0));
  }

  /**
   * {@code echo:echo:test.os}: an authenticated UI at {@code /}, an authenticated endpoint {@code
   * /api}, an open one {@code /open}, a local-only one {@code /local}, a WebSocket endpoint {@code /ws},
   * and handlers with paths of their own at {@code /items}.
   */
  static TestApp.Builder echoApp() {
    return TestApp.builder("echo:echo:test.os")
        .endpoint("/api", Endpoint.Kind.HTTP, true, false)
        .endpoint("/open", Endpoint.Kind.HTTP, false, false)
        .endpoint("/local", Endpoint.Kind.HTTP, false, true)
        .endpoint("/ws", Endpoint.Kind.WEBSOCKET, true, false)
        .handler("Echo", 1)
        .ownPath("Items", "GET", "/items", 0)
        .ownPath("AddItem", "POST", "/items", 1)
        .file("ui/index.html", "<!doctype html><title>Echo</title><script src=\"/our.js\"></script>")
        .file("ui/app.js", "console.log('echo');")
        .file("ui/style.css", "body { color: teal; }")
        .file("ui/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .file("ui/data.bin", "raw")
        .folder("ui/assets")
        .file("ui/assets/readme.txt", "inside assets")
        .file("META-INF/hyperapp/apps/test.os/echo/echo/api.js", "export const api = 'echo';")
        .file("secret.txt", SECRET);
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send(request(path));
  }

  /** A GET with the login cookie. */
  HttpResponse<String> getLoggedIn(String path) {
    return send(request(path).header("Cookie", login()));
  }

  /** A JSON POST with the login cookie. */
  HttpResponse<String> postJson(String path, String json) {
    return send(request(path)
        .header("Cookie", login())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> postLogin(String password, String next) {
    String form = "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
        + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    return send(request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /**
   * Sends {@code head} and {@code body} over a raw socket and returns all the server answers before it
   * closes: for requests no HTTP client would send as they are. Asks the server to close after one
   * response.
   */
  String raw(String head, String body) throws IOException {
    if (!head.endsWith("\r\n\r\n")) {
      throw new IllegalArgumentException("A request head ends with an empty line");
    }
    try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout(30_000);
      String request = head.substring(0, head.length() - 2) + "Connection: close\r\n\r\n" + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Logs in with the owner's password; returns the {@code Cookie} header value to send. */
  String login() {
    HttpResponse<String> response = postLogin(TestHost.PASSWORD, "/");
    assertThat(response.statusCode()).isEqualTo(303);
    return cookieOf(response);
  }

  static String cookieOf(HttpResponse<?> response) {
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the one error shape: status, {@code code}, a message, and no stack trace. */
  static void assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode error = json(response).get("error");
    assertThat(error).as(response.body()).isNotNull();
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Override
  public void close() {
    server.close();
  }
}
