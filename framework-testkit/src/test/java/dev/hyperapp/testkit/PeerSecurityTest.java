package dev.hyperapp.testkit;

import static dev.hyperapp.testkit.TestNodes.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.runtime.identity.HostPort;
import dev.hyperapp.testkit.relay.Relay;
import dev.hyperapp.testkit.relay.RelayClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The peer-to-peer security rules, end to end on whole nodes: what another node may call, what a
 * stranger on the port cannot do, a changed key, and a message over the size limit.
 */
class PeerSecurityTest {

  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os").apps(Relay.class)
      .network(config -> config.withMaxMessageSize(8 * 1024));

  @Test
  void anotherNodeReachesRemoteHandlersOnly(TestNode alice, TestNode bob) {
    assertThat(result(alice.client(RelayClient.class, bob).greet("hi"))).contains("from alice.os");

    assertRefused(() -> result(alice.client(RelayClient.class, bob).greetedSoFar()), ErrorCode.NOT_ALLOWED);
    byte[] httpHandler = "{\"GreetPeer\":[\"alice.os\",\"x\"]}".getBytes(StandardCharsets.UTF_8);
    assertRefused(() -> result(alice.transport()
        .request(new Address("bob.os", RelayClient.PROCESS_ID), httpHandler, null, Duration.ofSeconds(30))),
        ErrorCode.NOT_ALLOWED);
  }

  @Test
  void aMessageOverTheLimitFailsForItsSenderAndTheLinkCarriesOn(TestNode alice, TestNode bob) {
    RelayClient bobs = alice.client(RelayClient.class, bob);
    result(bobs.greet("small"));

    assertRefused(() -> result(bobs.greet("x".repeat(9 * 1024))), ErrorCode.TOO_LARGE);

    assertThat(alice.network().isConnected("bob.os")).as("the link survives").isTrue();
    assertThat(result(bobs.greet("small again"))).isEqualTo("bob.os heard 'small again' from alice.os");
    assertThat(result(bob.client(RelayClient.class).greetedSoFar())).isEqualTo(2);
  }

  @Test
  void aStrangerOnThePeerPortDeliversNothing(TestNode bob) throws IOException {
    HostPort port = bob.network().localAddress();
    try (Socket stranger = new Socket(port.host(), port.port())) {
      stranger.setSoTimeout(30_000);
      OutputStream out = stranger.getOutputStream();
      out.write(("{\"source\":\"alice.os\",\"body\":{\"Greet\":\"let me in\"}}\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = stranger.getInputStream();
      assertThat(readUntilClosed(in)).as("bob hangs up on a connection that is not TLS").isTrue();
    }
    assertThat(result(bob.client(RelayClient.class).greetedSoFar())).isZero();
  }

  @Test
  void aHomeWithAnotherKeyCannotTakeOverANodesName(TestNode alice, TestNode bob) throws IOException {
    result(alice.client(RelayClient.class, bob).greet("first"));
    bob.stop();
    deleteTree(bob.home().resolve("identity"));

    assertThatThrownBy(bob::start).hasMessageContaining("Could not start the peer network of bob.os")
        .hasRootCauseMessage("The directory already holds another key for bob.os; is this the right home?");

    assertThat(bob.isRunning()).isFalse();
    assertRefused(() -> result(alice.client(RelayClient.class, "bob.os").greet("anyone?")), ErrorCode.OFFLINE);
  }

  private static boolean readUntilClosed(InputStream in) {
    try {
      while (in.read() != -1) {
        // whatever bob sends before hanging up is not an answer
      }
      return true;
    } catch (IOException e) {
      return true;
    }
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(RpcException.class,
        error -> assertThat(error.code()).as(error.getMessage()).isEqualTo(code));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
