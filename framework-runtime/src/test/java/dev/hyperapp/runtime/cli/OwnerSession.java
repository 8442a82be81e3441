package dev.hyperapp.runtime.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Logs in to a node's HTTP server as its owner and calls apps' endpoints, as a browser would. */
final class OwnerSession {

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI node;
  private final String cookie;

  OwnerSession(URI node, String password) throws Exception {
    this.node = node;
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(node.resolve("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("password=" + password + "&next=%2F"))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 303) {
      throw new IllegalStateException("Login failed with " + login.statusCode() + ": " + login.body());
    }
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    this.cookie = setCookie.substring(0, setCookie.indexOf(';'));
  }

  HttpResponse<String> call(String process, String json) throws Exception {
    return client.send(HttpRequest.newBuilder(node.resolve("/" + process + "/api"))
        .header("Cookie", cookie)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
