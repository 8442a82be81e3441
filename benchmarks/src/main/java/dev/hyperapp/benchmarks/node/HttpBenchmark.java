package dev.hyperapp.benchmarks.node;

import dev.hyperapp.benchmarks.node.apps.GreeterDispatcher;
import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.node.NodeHttpHost;
import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code POST /api} calls per second through the node's HTTP server and the generated dispatcher
 * (login cookie checked, envelope decoded, handler run on its process's mailbox, result encoded)
 * against a bare Undertow handler that reads the body and answers the same JSON. The same load
 * generator drives both: the JDK {@code HttpClient} (HTTP/1.1, keep-alive) with {@value #IN_FLIGHT}
 * requests in flight, in the benchmark's own JVM, over loopback.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HttpBenchmark {

  static final int IN_FLIGHT = 16;
  private static final String REQUEST = "{\"Greet\":\"bench\"}";
  private static final String RESPONSE = "{\"message\":\"hello, bench\",\"length\":5}";
  private static final String PASSWORD = "bench password";

  /** The load generator: one client per side, so each keeps its own connections. */
  abstract static class Side {
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest call;

    void prepare(URI api, String cookie) throws IOException, InterruptedException {
      call = HttpRequest.newBuilder(api)
          .header("Cookie", cookie)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(REQUEST))
          .build();
      String body = client.send(call, HttpResponse.BodyHandlers.ofString()).body();
      if (!RESPONSE.equals(body)) {
        throw new IllegalStateException("Expected " + RESPONSE + " from " + api + ", got " + body);
      }
    }

    void window() {
      CompletableFuture<?>[] replies = new CompletableFuture<?>[IN_FLIGHT];
      for (int i = 0; i < IN_FLIGHT; i++) {
        replies[i] = client.sendAsync(call, HttpResponse.BodyHandlers.ofByteArray())
            .thenApply(HttpBenchmark::ok);
      }
      CompletableFuture.allOf(replies).join();
    }
  }

  @State(Scope.Benchmark)
  public static class NodeSide extends Side {
    BenchNode node;
    HttpServer server;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
      node = BenchNode.start(PASSWORD, new GreeterDispatcher());
      server = NodeHttpHost.serve(node.node(), HttpSettings.loopback(0));
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(server.uri().resolve("/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("password=bench+password&next=%2F"))
          .build(), HttpResponse.BodyHandlers.ofString());
      String setCookie = login.headers().firstValue("Set-Cookie")
          .orElseThrow(() -> new IllegalStateException("Login failed: " + login.statusCode()));
      prepare(server.uri().resolve("/greeter:greeter:bench.os/api"),
          setCookie.substring(0, setCookie.indexOf(';')));
    }

    @TearDown(Level.Trial)
    public void stop() {
      server.close();
      node.close();
    }
  }

  @State(Scope.Benchmark)
  public static class UndertowSide extends Side {
    Undertow undertow;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
      // Undertow's defaults, as the node's server uses them.
      undertow = Undertow.builder()
          .addHttpListener(0, "127.0.0.1")
          .setHandler(exchange -> exchange.getRequestReceiver().receiveFullBytes((done, body) -> {
            done.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            done.getResponseSender().send(RESPONSE);
          }))
          .build();
      undertow.start();
      InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
      prepare(URI.create("http://127.0.0.1:" + address.getPort() + "/greeter:greeter:bench.os/api"),
          "hyperapp-session=unused");
    }

    @TearDown(Level.Trial)
    public void stop() {
      undertow.stop();
    }
  }

  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public void node(NodeSide side) {
    side.window();
  }

  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public void bareUndertow(UndertowSide side) {
    side.window();
  }

  private static byte[] ok(HttpResponse<byte[]> response) {
    if (response.statusCode() != 200 || response.body().length != RESPONSE.length()) {
      throw new IllegalStateException("Unexpected reply " + response.statusCode());
    }
    return response.body();
  }
}
