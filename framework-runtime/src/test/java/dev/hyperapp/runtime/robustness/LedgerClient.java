package dev.hyperapp.runtime.robustness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The owner of a node, logged in over HTTP, calling the ledger app as a browser would. */
final class LedgerClient {

  static final String LEDGER = "ledger:ledger:test.os";

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI node;
  private final String cookie;

  private LedgerClient(URI node, String cookie) {
    this.node = node;
    this.cookie = cookie;
  }

  /** Logs in with the owner's password and keeps the session cookie ({@code name=value}). */
  static LedgerClient login(URI node, String password) throws IOException, InterruptedException {
    HttpResponse<String> login = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(node.resolve("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(
                "password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=%2F"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 303) {
      throw new IllegalStateException("Login failed with " + login.statusCode() + ": " + login.body());
    }
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    return new LedgerClient(node, setCookie.substring(0, setCookie.indexOf(';')));
  }

  /** The same owner, with the same cookie, at the node's address after a restart. */
  LedgerClient at(URI restarted) {
    return new LedgerClient(restarted, cookie);
  }

  URI api() {
    return node.resolve("/" + LEDGER + "/api");
  }

  /** POSTs a JSON envelope to the ledger's endpoint with the owner's cookie. */
  HttpResponse<String> call(String envelope) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(api())
        .header("Cookie", cookie)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(envelope))
        .build());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
