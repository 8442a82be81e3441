package dev.hyperapp.runtime.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.runtime.apps.AppJars;
import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real node behind its real HTTP server: login, calls through the app's endpoint, the request as a
 * handler sees it, the call timeout, and which thread runs a handler.
 */
class NodeHttpHostTest {

  /** More calls than the kernel's inline warm-up (256), which run on the worker pool in any case. */
  private static final int WARM_UP_CALLS = 300;
  /** Longer than a process may hold the server's thread in all (50 ms beyond 250 µs a message). */
  private static final int HOLD_MILLIS = 80;
  private static final String POOL_THREAD = "hyperapp-process-";

  @TempDir Path home;
  @TempDir Path work;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void theOwnerLogsInAndCallsAProcessOverHttp() throws Exception {
    Path jar = AppJars.build("notes/v1", work, "notes.jar");
    try (Node node = Node.at(home).name("alice.os").ownerPassword("open sesame").install(jar).start();
        HttpServer server = NodeHttpHost.serve(node, HttpSettings.loopback(0))) {
      String cookie = login(server);

      HttpResponse<String> added = client.send(HttpRequest.newBuilder(
              server.uri().resolve("/notes:notes:test.os/api"))
          .header("Cookie", cookie)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"Add\":\"milk\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
      assertThat(added.body()).isEqualTo("[\"milk\"]");
      assertThat(node.stateStore().revision(ProcessId.parse("notes:notes:test.os"))).isEqualTo(1);
    }
  }

  @Test
  void aHandlerReadsTheQueryAndTheHeadersOfItsRequestThroughItsContext() throws Exception {
    try (Node node = inputsNode();
        HttpServer server = NodeHttpHost.serve(node, HttpSettings.loopback(0))) {
      HttpResponse<String> answer = call(server, login(server), "/api?q=cats%20%26%20dogs", "{\"Request\":null}");

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("\"cats & dogs asked by the test\"");
    }
  }

  @Test
  void aHandlerReadsItsRequestAfterAPendingStageAndLongAfterItsReply() throws Exception {
    try (Node node = inputsNode();
        HttpServer server = NodeHttpHost.serve(node, HttpSettings.loopback(0))) {
      String cookie = login(server);

      HttpResponse<String> later = call(server, cookie, "/api?q=cats", "{\"RequestLater\":null}");
      call(server, cookie, "/api?q=other", "{\"Total\":null}");
      HttpResponse<String> kept = call(server, cookie, "/api?q=dogs", "{\"KeptRequest\":null}");

      assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
      assertThat(later.body()).isEqualTo("\"cats asked by the test\"");
      assertThat(kept.body()).isEqualTo("\"cats asked by the test\"");
    }
  }

  @Test
  void aCallThatGetsNoReplyInTimeIsA504() throws Exception {
    Path jar = AppJars.build("ledger", work, "ledger.jar");
    try (Node node = Node.at(home).name("alice.os").ownerPassword("open sesame").install(jar).start();
        HttpServer server = NodeHttpHost.serve(node, HttpSettings.loopback(0).withCallTimeout(Duration.ofMillis(200)))) {
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
              server.uri().resolve("/ledger:ledger:test.os/api"))
          .header("Cookie", login(server))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"AppendLater\":\"late\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(504);
      assertThat(answer.body()).contains("\"code\":\"timeout\"");
    }
  }

  @Test
  void aHandlerThatHoldsTheServersThreadTooLongRunsOnTheWorkerPoolFromThenOn() throws Exception {
    try (Node node = Node.at(home).name("alice.os").ownerPassword("open sesame")
            .install(AppJars.build("pace", work, "pace.jar")).start();
        HttpServer server = NodeHttpHost.serve(node, HttpSettings.loopback(0))) {
      String cookie = login(server);
      List<String> warmUp = new ArrayList<>();
      for (int i = 0; i < WARM_UP_CALLS; i++) {
        warmUp.add(threadAfter(server, cookie, 0));
      }
      List<String> slow = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        slow.add(threadAfter(server, cookie, HOLD_MILLIS));
      }
      List<String> after = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        after.add(threadAfter(server, cookie, 0));
      }

      List<String> warm = new ArrayList<>(warmUp.subList(WARM_UP_CALLS / 2, WARM_UP_CALLS));
      warm.addAll(slow);

      assertThat(warmUp.subList(0, WARM_UP_CALLS / 2)).allSatisfy(thread -> assertThat(thread).startsWith(POOL_THREAD));
      // Once warm, an idle process runs calls on the server's I/O thread, until they hold it too long:
      // the slow calls do if nothing before them did.
      assertThat(warm).anySatisfy(thread -> assertThat(thread).contains("I/O"));
      assertThat(after).allSatisfy(thread -> assertThat(thread).startsWith(POOL_THREAD));
    }
  }

  /** Calls {@code pace}'s {@code ThreadAfter}: the name of the thread that ran the handler. */
  private String threadAfter(HttpServer server, String cookie, int millis) throws Exception {
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(server.uri().resolve("/pace:pace:test.os/api"))
        .header("Cookie", cookie)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"ThreadAfter\":" + millis + "}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body().substring(1, answer.body().length() - 1);
  }

  private Node inputsNode() {
    return Node.at(home).name("alice.os").ownerPassword("open sesame")
        .install(AppJars.build("inputs", work, "inputs.jar")).start();
  }

  private HttpResponse<String> call(HttpServer server, String cookie, String path, String json) throws Exception {
    return client.send(HttpRequest.newBuilder(server.uri().resolve("/inputs:inputs:test.os" + path))
        .header("Cookie", cookie)
        .header("Content-Type", "application/json")
        .header("X-Caller", "the test")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private String login(HttpServer server) throws Exception {
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(server.uri().resolve("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("password=open+sesame&next=%2F"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(303);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }
}
