package dev.hyperapp.runtime.http;

import static dev.hyperapp.runtime.http.TestNode.ECHO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.WsEvent;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebSocket endpoints: events reach the process in order, and the process pushes back. */
class WebSocketTest {

  private static final ProcessId ECHO_PROCESS = ProcessId.parse("echo:echo:test.os");

  @TempDir Path dir;
  TestNode node;

  @BeforeEach
  void start() {
    node = TestNode.withEchoApp(dir);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private URI wsUri() {
    return URI.create("ws://" + node.server.uri().getHost() + ":" + node.server.port() + ECHO + "/ws");
  }

  private WebSocket connect(Inbox inbox, String cookie) {
    return node.client.newWebSocketBuilder().header("Cookie", cookie).buildAsync(wsUri(), inbox).join();
  }

  private TestHost.Received nextEvent() throws InterruptedException {
    TestHost.Received received = node.host.events.poll(30, TimeUnit.SECONDS);
    assertThat(received).as("a WebSocket event reached the process").isNotNull();
    assertThat(received.process()).isEqualTo(ECHO_PROCESS);
    return received;
  }

  @Test
  void relaysEventsToTheProcessAndItsPushesToTheBrowser() throws Exception {
    Inbox inbox = new Inbox();
    WebSocket socket = connect(inbox, node.login());

    WsEvent opened = nextEvent().event();
    assertThat(opened.kind()).isEqualTo(WsEvent.Kind.OPEN);
    int channel = opened.channel();

    socket.sendText("ping:1", true).join();
    WsEvent text = nextEvent().event();
    assertThat(text.kind()).isEqualTo(WsEvent.Kind.TEXT);
    assertThat(text.channel()).isEqualTo(channel);
    assertThat(text.text()).isEqualTo("ping:1");
    assertThat(inbox.next()).isEqualTo("pong:1");

    socket.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}), true).join();
    WsEvent binary = nextEvent().event();
    assertThat(binary.kind()).isEqualTo(WsEvent.Kind.BINARY);
    assertThat(binary.bytes()).containsExactly(1, 2, 3);

    assertThat(node.server.webSockets().push(ECHO_PROCESS, channel, "{\"to\":\"one\"}")).isTrue();
    assertThat(inbox.next()).isEqualTo("{\"to\":\"one\"}");
    assertThat(node.server.webSockets().broadcast(ECHO_PROCESS, "{\"to\":\"all\"}")).isEqualTo(1);
    assertThat(inbox.next()).isEqualTo("{\"to\":\"all\"}");

    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    WsEvent closed = nextEvent().event();
    assertThat(closed.kind()).isEqualTo(WsEvent.Kind.CLOSE);
    assertThat(closed.channel()).isEqualTo(channel);
    assertThat(node.server.webSockets().push(ECHO_PROCESS, channel, "too late")).isFalse();
    assertThat(node.server.webSockets().broadcast(ECHO_PROCESS, "too late")).isZero();
  }

  @Test
  void keepsConnectionsApartAndRefusesPushesToAnotherProcesssChannel() throws Exception {
    String cookie = node.login();
    Inbox first = new Inbox();
    Inbox second = new Inbox();
    connect(first, cookie);
    int firstChannel = nextEvent().event().channel();
    connect(second, cookie);
    int secondChannel = nextEvent().event().channel();

    assertThat(firstChannel).isNotEqualTo(secondChannel);
    assertThat(node.server.webSockets().push(ProcessId.parse("other:other:test.os"), firstChannel, "x")).isFalse();
    assertThat(node.server.webSockets().push(ECHO_PROCESS, secondChannel, "for the second")).isTrue();
    assertThat(second.next()).isEqualTo("for the second");
    assertThat(node.server.webSockets().broadcast(ECHO_PROCESS, "both")).isEqualTo(2);
    assertThat(first.next()).isEqualTo("both");
    assertThat(second.next()).isEqualTo("both");
  }

  @Test
  void closesEveryConnectionOfAStoppedApp() throws Exception {
    Inbox inbox = new Inbox();
    connect(inbox, node.login());
    int channel = nextEvent().event().channel();

    assertThat(node.server.webSockets().closeAll(ProcessId.parse("other:other:test.os"))).isZero();
    assertThat(node.server.webSockets().closeAll(ECHO_PROCESS)).isEqualTo(1);

    assertThat(inbox.closed.get(30, TimeUnit.SECONDS)).isEqualTo(1001);
    WsEvent closed = nextEvent().event();
    assertThat(closed.kind()).isEqualTo(WsEvent.Kind.CLOSE);
    assertThat(closed.channel()).isEqualTo(channel);
  }

  @Test
  void refusesAConnectionWithoutTheLoginCookie() {
    CompletableFuture<WebSocket> attempt = node.client.newWebSocketBuilder().buildAsync(wsUri(), new Inbox());

    assertThatThrownBy(attempt::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class, refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(401));
    assertThat(node.host.events).isEmpty();
  }

  @Test
  void refusesAConnectionFromAnotherSite() {
    CompletableFuture<WebSocket> attempt = node.client.newWebSocketBuilder()
        .header("Cookie", node.login())
        .header("Origin", "http://evil.example")
        .buildAsync(wsUri(), new Inbox());

    assertThatThrownBy(attempt::join)
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class, refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(403));
  }

  @Test
  void answersAPlainRequestToTheEndpointWithAJsonError() {
    HttpResponse<String> response = node.getLoggedIn(ECHO + "/ws");

    TestNode.assertError(response, 400, "bad-request");
  }

  /** Collects whole text messages the server pushes, and how it closed. */
  private static final class Inbox implements WebSocket.Listener {
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    /** The status code the server closed with. */
    final CompletableFuture<Integer> closed = new CompletableFuture<>();

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    String next() throws InterruptedException {
      String message = messages.poll(30, TimeUnit.SECONDS);
      assertThat(message).as("a pushed message arrived").isNotNull();
      return message;
    }
  }
}
