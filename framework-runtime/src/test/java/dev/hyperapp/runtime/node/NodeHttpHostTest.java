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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real node behind its real HTTP server: login, then a call through the app's endpoint. */
class NodeHttpHostTest {

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
    Path jar = AppJars.build("inputs", work, "inputs.jar");
    try (Node node = Node.at(home).name("alice.os").ownerPassword("open sesame").install(jar).start();
        HttpServer server = NodeHttpHost.serve(node, HttpSettings.loopback(0))) {
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
              server.uri().resolve("/inputs:inputs:test.os/api?q=cats%20%26%20dogs"))
          .header("Cookie", login(server))
          .header("Content-Type", "application/json")
          .header("X-Caller", "the test")
          .POST(HttpRequest.BodyPublishers.ofString("{\"Request\":null}"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("\"cats & dogs asked by the test\"");
    }
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
