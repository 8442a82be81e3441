package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.runtime.apps.AppJars;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.TemporaryProperty;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network side of the command line against nodes booted in this JVM: the peer port and the
 * shared directory of {@code boot}, {@code connect} and {@code accept-key}, with the Greeter test app
 * calling from one node to the other.
 */
class PeerCommandsTest {

  private static final String GREETER = "greeter:greeter:test.os";

  @TempDir Path work;
  private Path greeterJar;
  private final List<BootedNode> nodes = new ArrayList<>();

  @BeforeEach
  void buildApp() {
    greeterJar = AppJars.build("greeter", work, "greeter.jar");
  }

  @AfterEach
  void stopAll() {
    nodes.forEach(BootedNode::close);
  }

  @Test
  void bootListensForPeersAndSaysWhere() {
    BootedNode alice = boot("alice.os", "--fake", "--port", "0", "--directory", dir("shared"));

    assertThat(alice.out()).contains("Peers reach alice.os at 127.0.0.1:",
        "nodes sharing " + dir("shared") + " find each other");
    Run status = Run.of("status", "--node", alice.admin());
    assertThat(status.out()).contains("\"network\"", "\"address\" : \"" + alice.peerAddress() + "\"");
    assertThat(work.resolve("shared").resolve("alice.os.json")).exists();
  }

  @Test
  void theDefaultPortsSitFarEnoughFromTheHttpPortForNeighbouringNodes() {
    assertThat(BootCommand.derivedPort(8080, BootCommand.ADMIN_PORT_OFFSET)).isEqualTo(18080);
    assertThat(BootCommand.derivedPort(8080, BootCommand.PEER_PORT_OFFSET)).isEqualTo(28080);
    assertThat(BootCommand.derivedPort(0, BootCommand.PEER_PORT_OFFSET)).as("a free port").isZero();
    assertThat(BootCommand.derivedPort(50_000, BootCommand.PEER_PORT_OFFSET)).as("past 65535").isZero();
  }

  /** Like Hyperware's fake nodes: {@code --fake --port P} and {@code --fake --port P+1}, nothing else. */
  @Test
  void twoFakeNodesOnNeighbouringPortsFindEachOtherThroughTheMachinesDevDirectory() throws Exception {
    try (TemporaryProperty devDirectory =
        TemporaryProperty.set(Node.DEV_DIRECTORY_PROPERTY, dir("machine-dev-directory"))) {
      int port = freeNeighbouringPorts();
      BootedNode alice = boot("alice.os", "--fake", "--port", String.valueOf(port));
      BootedNode bob = boot("bob.os", "--fake", "--port", String.valueOf(port + 1));

      assertThat(alice.url().getPort()).isEqualTo(port);
      assertThat(alice.admin()).endsWith(":" + (port + BootCommand.ADMIN_PORT_OFFSET));
      assertThat(alice.peerAddress()).endsWith(":" + (port + BootCommand.PEER_PORT_OFFSET));
      assertThat(bob.peerAddress()).endsWith(":" + (port + 1 + BootCommand.PEER_PORT_OFFSET));
      assertThat(greet(alice, "bob.os", "Alice")).isEqualTo("Hello Alice from bob.os");
      assertThat(greet(bob, "alice.os", "Bob")).isEqualTo("Hello Bob from alice.os");
    }
  }

  @Test
  void connectAddsAPeerThatBothSidesThenReach() throws Exception {
    BootedNode alice = boot("alice.os", "--fake", "--port", "0", "--directory", dir("alice-dir"));
    BootedNode bob = boot("bob.os", "--fake", "--port", "0", "--directory", dir("bob-dir"));
    assertThat(greet(alice, "bob.os", "Alice")).startsWith("error offline: bob.os is not in the directory");

    Run connected = Run.of("connect", "bob.os", bob.peerAddress(), "--node", alice.admin());

    assertThat(connected.exitCode()).as(connected.err()).isZero();
    assertThat(connected.err()).contains("Linking to bob.os at " + bob.peerAddress());
    assertThat(connected.out()).contains("\"connected\" : true", "\"key\" : \"" + keyOf("bob.os") + "\"",
        bob.peerAddress());
    assertThat(greet(alice, "bob.os", "Alice")).isEqualTo("Hello Alice from bob.os");
    // bob learnt alice's record, addresses included, from the certificate she linked with.
    assertThat(greet(bob, "alice.os", "Bob")).isEqualTo("Hello Bob from alice.os");
  }

  @Test
  void connectExplainsWhatIsWrong() throws Exception {
    BootedNode alice = boot("alice.os", "--fake", "--port", "0", "--directory", dir("alice-dir"));
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    Run unknown = Run.of("connect", "nobody.os", "--node", alice.admin());
    Run badAddress = Run.of("connect", "bob.os", "nowhere", "--node", alice.admin());
    Run badName = Run.of("connect", "Bob", "127.0.0.1:9", "--node", alice.admin());
    Run unreachable = Run.of("connect", "carol.os", "127.0.0.1:" + closedPort, "--node", alice.admin());
    Run noNode = Run.of("connect");

    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("\"code\" : \"offline\"", "nobody.os is not in the directory");
    assertThat(badAddress.exitCode()).isEqualTo(1);
    assertThat(badAddress.err()).contains("\"code\" : \"bad-request\"", "Expected host:port");
    assertThat(badName.exitCode()).isEqualTo(1);
    assertThat(badName.err()).contains("\"code\" : \"bad-request\"");
    assertThat(unreachable.exitCode()).isEqualTo(1);
    assertThat(unreachable.err()).contains("\"code\" : \"offline\"", "carol.os is unreachable");
    assertThat(noNode.exitCode()).isEqualTo(2);
  }

  @Test
  void aReinstalledPeersNewKeyIsRefusedUntilAccepted() throws Exception {
    BootedNode alice = boot("alice.os", "--fake", "--port", "0", "--directory", dir("alice-dir"));
    BootedNode bob = boot("bob.os", "--fake", "--port", "0", "--directory", dir("bob-dir"));
    String bobsAddress = bob.peerAddress();
    assertThat(Run.of("connect", "bob.os", bobsAddress, "--node", alice.admin()).exitCode()).isZero();
    String oldKey = keyOf("bob.os");
    bob.stop();
    deleteTree(work.resolve("bob.os"));
    bob = boot("bob.os", "--fake", "--port", "0", "--directory", dir("bob-dir"),
        "--peer-port", bobsAddress.substring(bobsAddress.lastIndexOf(':') + 1));
    String newKey = keyOf("bob.os");

    Run refused = Run.of("connect", "bob.os", "--node", alice.admin());

    assertThat(newKey).isNotEqualTo(oldKey);
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("\"code\" : \"not-allowed\"", "presents the key " + newKey,
        oldKey, "hyperapp accept-key bob.os");
    assertThat(greet(alice, "bob.os", "Alice")).startsWith("error offline:");

    Run accepted = Run.of("accept-key", "bob.os", "--node", alice.admin());
    Run again = Run.of("accept-key", "bob.os", "--node", alice.admin());

    assertThat(accepted.exitCode()).as(accepted.err()).isZero();
    assertThat(accepted.out()).contains("\"connected\" : true", "\"key\" : \"" + newKey + "\"");
    assertThat(greet(alice, "bob.os", "Alice")).isEqualTo("Hello Alice from bob.os");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("\"code\" : \"not-found\"", "No new key of bob.os");
  }

  @Test
  void aPeerPortInUseFailsTheBootWithItsReason() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run run = Run.of("boot", "alice.os", "--home", work.resolve("alice.os").toString(), "--fake",
          "--port", "0", "--directory", dir("shared"), "--peer-port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("hyperapp boot: Could not start the peer network of alice.os",
          String.valueOf(taken.getLocalPort()));
    }
  }

  private BootedNode boot(String name, String... options) {
    List<String> args = new ArrayList<>(List.of(name, "--home", work.resolve(name).toString(),
        "--app", greeterJar.toString()));
    args.addAll(List.of(options));
    BootedNode node = BootedNode.boot(args.toArray(String[]::new));
    nodes.add(node);
    return node;
  }

  private String dir(String name) {
    return work.resolve(name).toString();
  }

  /** Has {@code from}'s Greeter greet {@code to}'s within 10 s; a failure reads "error <code>: …". */
  private static String greet(BootedNode from, String to, String name) throws IOException {
    Run run = Run.of("inject", GREETER,
        "{\"GreetWithin\":[\"" + to + "\",\"" + name + "\",10000]}", "--node", from.admin());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out()).path("reply").asText();
  }

  private String keyOf(String name) throws IOException {
    return new ObjectMapper().readTree(work.resolve(name).resolve("identity").resolve("node.json").toFile())
        .path("publicKey").asText();
  }

  /** A port P with P, P + 1 and the admin and peer ports derived from both free now. */
  private static int freeNeighbouringPorts() throws IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 45_000);
      if (free(port) && free(port + 1)
          && free(port + BootCommand.ADMIN_PORT_OFFSET) && free(port + 1 + BootCommand.ADMIN_PORT_OFFSET)
          && free(port + BootCommand.PEER_PORT_OFFSET) && free(port + 1 + BootCommand.PEER_PORT_OFFSET)) {
        return port;
      }
    }
    throw new IOException("No free run of ports found");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
