package dev.hyperapp.benchmarks.node;

import dev.hyperapp.benchmarks.node.apps.GreeterDispatcher;
import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.node.NodeHttpHost;
import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One side of the HTTP benchmark, served on loopback for an external load generator ({@code wrk}, see
 * {@code benchmarks/http-wrk.sh}): {@code node} is a real node with {@code NodeHttpHost} running the
 * {@code Greeter} app, called at its authenticated {@code /api} with the owner's login cookie;
 * {@code undertow} is a bare Undertow handler, with Undertow's defaults as the node's server uses them,
 * that reads the body and answers the JSON the node answers. Prints {@code <url> <cookie>} on one
 * line, then serves until its standard input closes.
 */
public final class HttpTarget {

  static final String RESPONSE = "{\"message\":\"hello, bench\",\"length\":5}";
  private static final String PASSWORD = "bench password";

  private HttpTarget() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 1 || !(args[0].equals("node") || args[0].equals("undertow"))) {
      throw new IllegalArgumentException("Usage: HttpTarget node|undertow");
    }
    if (args[0].equals("node")) {
      try (BenchNode node = BenchNode.start(PASSWORD, new GreeterDispatcher());
          HttpServer server = NodeHttpHost.serve(node.node(), HttpSettings.loopback(0))) {
        announce(server.uri().resolve("/greeter:greeter:bench.os/api"), login(server.uri()));
      }
    } else {
      Undertow undertow = Undertow.builder()
          .addHttpListener(0, "127.0.0.1")
          .setHandler(exchange -> exchange.getRequestReceiver().receiveFullBytes((done, body) -> {
            done.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            done.getResponseSender().send(RESPONSE);
          }))
          .build();
      undertow.start();
      try {
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        announce(URI.create("http://127.0.0.1:" + address.getPort() + "/greeter:greeter:bench.os/api"),
            "hyperapp-session=unused");
      } finally {
        undertow.stop();
      }
    }
  }

  /** Logs in as the owner and returns the session cookie ({@code name=value}). */
  private static String login(URI server) throws IOException, InterruptedException {
    HttpResponse<String> login = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.resolve("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("password=bench+password&next=%2F"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    String setCookie = login.headers().firstValue("Set-Cookie")
        .orElseThrow(() -> new IllegalStateException("Login failed: " + login.statusCode()));
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  /** Tells the script where to send load, then serves until it closes our standard input. */
  private static void announce(URI api, String cookie) throws IOException {
    System.out.println(api + " " + cookie);
    System.out.flush();
    InputStream in = System.in;
    while (in.read() != -1) {
      // Nothing to read: the script closes stdin when its load runs are done.
    }
  }
}
