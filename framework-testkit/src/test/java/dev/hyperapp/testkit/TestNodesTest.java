package dev.hyperapp.testkit;

import static dev.hyperapp.testkit.TestNodes.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.testkit.relay.Relay;
import dev.hyperapp.testkit.relay.RelayClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kit itself: real nodes, typed clients, a logged-in browser, restarts and partitions. */
class TestNodesTest {

  private static final String API = "/" + RelayClient.PROCESS_ID + "/api";

  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os").apps(Relay.class);

  @Test
  void eachNodeHasItsOwnNameHomeAndServer(TestNode alice, TestNode bob) {
    assertThat(alice.name()).isEqualTo("alice.os");
    assertThat(bob.name()).isEqualTo("bob.os");
    assertThat(nodes.all()).containsExactly(alice, bob);
    assertThat(alice.home()).isNotEqualTo(bob.home()).exists();
    assertThat(alice.url()).isNotEqualTo(bob.url());
    assertThat(alice.url().getHost()).isEqualTo("127.0.0.1");
    assertThat(alice.network().localAddress()).isNotEqualTo(bob.network().localAddress());
  }

  @Test
  void aTypedClientCallsAnotherNodeAsComingFromItsNode(TestNode alice, TestNode bob) {
    RelayClient bobsRelay = alice.client(RelayClient.class, bob);

    assertThat(result(bobsRelay.greet("hi"))).isEqualTo("bob.os heard 'hi' from alice.os");
    assertThat(result(bob.client(RelayClient.class).greetedSoFar())).isEqualTo(1);
  }

  @Test
  void aClientOfAnotherNodeReachesItsRemoteHandlersOnly(TestNode alice, TestNode bob) {
    assertThatThrownBy(() -> result(alice.client(RelayClient.class, bob).greetedSoFar()))
        .isInstanceOfSatisfying(RpcException.class,
            error -> assertThat(error.code()).isEqualTo(ErrorCode.NOT_ALLOWED));
  }

  @Test
  void theHttpSessionIsLoggedInAndCallsHandlersWithTheirArguments(TestNode alice) {
    HttpSession browser = alice.http();

    assertThat(browser.call(String.class, API, "GreetPeer", "bob.os", "from the page"))
        .isEqualTo("bob.os heard 'from the page' from alice.os");
    assertThat(browser.cookie()).contains("=");
    HttpResponse<String> anonymous = browser.send(HttpRequest.newBuilder(alice.url(API))
        .POST(HttpRequest.BodyPublishers.ofString(HttpSession.requestBody("GreetPeer", "bob.os", "x"))),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void aFailedHttpCallSaysWhatTheServerAnswered(TestNode alice) {
    assertThatThrownBy(() -> alice.http().call(API, "NoSuchHandler"))
        .isInstanceOfSatisfying(HttpSession.HttpCallFailed.class, failed -> {
          assertThat(failed.status()).isEqualTo(404);
          assertThat(failed.body()).contains("\"error\"");
        });
  }

  @Test
  void theWebSocketReceivesWhatTheProcessPushes(TestNode alice, TestNode bob) {
    WebSocketSession page = alice.http().webSocket("/" + RelayClient.PROCESS_ID + "/ws");
    assertThat(page.awaitMessageContaining("welcome to alice.os")).isEqualTo("\"welcome to alice.os\"");

    result(bob.client(RelayClient.class, alice).greet("live"));

    assertThat(page.awaitMessageContaining("greeted by bob.os")).contains("live");
  }

  @Test
  void aRestartedNodeKeepsItsHomeStateUrlAndLogin(TestNode alice, TestNode bob) {
    result(alice.client(RelayClient.class, bob).greet("before"));
    String cookie = bob.http().cookie();
    var url = bob.url();

    bob.restart();

    assertThat(bob.url()).isEqualTo(url);
    assertThat(result(bob.client(RelayClient.class).greetedSoFar())).isEqualTo(1);
    assertThat(bob.http().cookie()).isEqualTo(cookie);
    assertThat(bob.http().call(String.class, API, "GreetPeer", "alice.os", "after"))
        .isEqualTo("alice.os heard 'after' from bob.os");
    awaitReachable(alice, bob);
  }

  @Test
  void aStoppedNodeIsOfflineUntilItStartsAgain(TestNode alice, TestNode bob) {
    result(alice.client(RelayClient.class, bob).greet("hello"));

    bob.stop();

    assertThat(bob.isRunning()).isFalse();
    assertThatThrownBy(() -> bob.url()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bob.os is stopped");
    assertOffline(() -> result(alice.client(RelayClient.class, "bob.os").greet("anyone?")));

    bob.start();

    awaitReachable(alice, bob);
  }

  @Test
  void aCutOffNodeNeitherReachesNorIsReachedUntilRestored(TestNode alice, TestNode bob) {
    result(alice.client(RelayClient.class, bob).greet("linked"));
    assertThat(alice.network().isConnected("bob.os")).isTrue();

    bob.cutOff();

    await().atMost(Duration.ofSeconds(30)).until(() -> !alice.network().isConnected("bob.os"));
    assertOffline(() -> result(alice.client(RelayClient.class, bob).greet("are you there?")));
    assertOffline(() -> result(bob.client(RelayClient.class, alice).greet("anyone?")));
    assertThat(result(bob.client(RelayClient.class).greetedSoFar()))
        .as("bob still runs; it only lost the network").isEqualTo(1);

    bob.restore();

    awaitReachable(alice, bob);
    awaitReachable(bob, alice);
  }

  @Test
  void theKitRefusesWhatIsNotAnAppOrAClient(TestNode alice) {
    assertThatThrownBy(() -> TestNodes.named("carol.os").apps(String.class).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String has no generated dispatcher");
    assertThatThrownBy(() -> alice.client(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a generated client");
    assertThatThrownBy(() -> nodes.node("zed.os")).hasMessageContaining("No test node zed.os");
    assertThatThrownBy(() -> nodes.apps(Relay.class)).isInstanceOf(IllegalStateException.class);
  }

  /** Calls from {@code from} to {@code to} succeed again once reconnection has caught up. */
  private static void awaitReachable(TestNode from, TestNode to) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
      try {
        assertThat(result(from.client(RelayClient.class, to).greet("again")))
            .isEqualTo(to.name() + " heard 'again' from " + from.name());
        return true;
      } catch (RpcException e) {
        assertThat(e.code()).as("only OFFLINE while the link comes back").isEqualTo(ErrorCode.OFFLINE);
        return false;
      }
    });
  }

  private static void assertOffline(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(RpcException.class,
        error -> assertThat(error.code()).isEqualTo(ErrorCode.OFFLINE));
  }
}
