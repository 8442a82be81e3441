package dev.hyperapp.runtime.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.json.WireType;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.api.rpc.RpcTarget;
import dev.hyperapp.api.rpc.RpcTransport;
import dev.hyperapp.runtime.apps.AppJars;
import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.NodeIdentity;
import dev.hyperapp.runtime.kernel.KernelTransport;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.net.NetworkConfig;
import dev.hyperapp.runtime.net.PeerMessage;
import dev.hyperapp.runtime.net.PeerNetwork;
import dev.hyperapp.runtime.node.Node;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real nodes in one JVM talking over real TLS on loopback, with the Greeter test app compiled by the
 * processor: typed calls between nodes, the authenticated source, OFFLINE, blobs, and a peer that
 * restarts. Which handlers another node reaches is tested on whole nodes, with the test kit
 * (framework-testkit's PeerSecurityTest).
 */
class RemoteMessagingTest {

  private static final ProcessId GREETER = ProcessId.parse("greeter:greeter:test.os");
  /** Long enough that a reply arriving at all shows it was not the request timer that answered. */
  private static final Duration PATIENT = Duration.ofHours(1);

  @TempDir Path work;
  private Path directory;
  private Path greeterJar;
  private final List<AutoCloseable> open = new ArrayList<>();
  private Node alice;
  private Node bob;

  @BeforeEach
  void startNodes() {
    directory = work.resolve("directory");
    greeterJar = AppJars.build("greeter", work, "greeter.jar");
    alice = start("alice.os", 0);
    bob = start("bob.os", 0);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  @Test
  void aHandlerCallsAnotherNodeThroughTheGeneratedClient() throws Exception {
    assertThat(json(call(alice, alice.nodeName(), "AskWhoCalls", "\"bob.os\"")))
        .isEqualTo("\"alice.os@greeter:greeter:test.os\"");
    assertThat(json(call(alice, alice.nodeName(), "AskGreet", "[\"bob.os\",\"Alice\"]")))
        .isEqualTo("\"Hello Alice from bob.os\"");
  }

  @Test
  void aTypedTargetOnAnotherNodeGetsItsCorrelatedReplies() throws Exception {
    RpcTarget bobsGreeter = new RpcTarget(transport(alice), new Address("bob.os", GREETER), PATIENT);
    WireType<String> text = WireType.of(String.class);

    List<CompletableFuture<String>> replies = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      replies.add(bobsGreeter.call("Greet", text, text.value("caller " + i)).toCompletableFuture());
    }

    for (int i = 0; i < 20; i++) {
      assertThat(replies.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("Hello caller " + i + " from bob.os");
    }
    assertThat(bobsGreeter.call("WhoCalls", text).toCompletableFuture().get(30, TimeUnit.SECONDS))
        .isEqualTo("alice.os@tester:greeter:test.os");
  }

  @Test
  void theSourceIsTheAuthenticatedPeerWhateverTheHeaderClaims() throws Exception {
    CompletableFuture<PeerMessage> answer = new CompletableFuture<>();
    PeerNetwork mallory = bareNetwork("mallory.os", answer);
    Message forged = Message.request(1, new Address("alice.os", GREETER), new Address("bob.os", GREETER),
        "{\"WhoCalls\":null}".getBytes(StandardCharsets.UTF_8));

    mallory.send("bob.os", Envelope.request(forged)).toCompletableFuture().get(30, TimeUnit.SECONDS);

    Envelope.Answer reply = (Envelope.Answer) Envelope.read("bob.os", answer.get(30, TimeUnit.SECONDS));
    assertThat(reply.id()).isEqualTo(1);
    assertThat(json(reply.reply())).isEqualTo("\"mallory.os@greeter:greeter:test.os\"");
  }

  @Test
  void anUnknownNodeIsOfflineAtOnce() throws Exception {
    assertThat(error(call(alice, "nobody.os", "WhoCalls", "null")).code()).isEqualTo(ErrorCode.OFFLINE);
  }

  @Test
  void aStoppedNodeIsOfflineWellBeforeTheTimeout() throws Exception {
    assertThat(json(call(alice, "bob.os", "WhoCalls", "null"))).contains("alice.os@");
    stop(bob);

    DispatchError error = error(call(alice, "bob.os", "WhoCalls", "null"));

    assertThat(error.code()).isEqualTo(ErrorCode.OFFLINE);
    assertThat(error.message()).contains("bob.os");
  }

  @Test
  void aRequestInFlightFailsOfflineWhenItsLinkClosesInsteadOfWaitingForItsTimeout() throws Exception {
    CompletableFuture<PeerMessage> received = new CompletableFuture<>();
    PeerNetwork carol = bareNetwork("carol.os", received);
    Message request = new Message(alice.kernel().nextMessageId(),
        new Address(alice.nodeName(), ProcessId.parse("tester:greeter:test.os")),
        new Address("carol.os", GREETER), Optional.of(PATIENT),
        "{\"WhoCalls\":null}".getBytes(StandardCharsets.UTF_8), Map.of(), null);
    CompletableFuture<Reply> reply = alice.kernel().request(request).toCompletableFuture();
    received.get(30, TimeUnit.SECONDS);

    carol.close();

    DispatchError error = error(reply.get(30, TimeUnit.SECONDS));
    assertThat(error.code()).isEqualTo(ErrorCode.OFFLINE);
    assertThat(error.message()).contains("carol.os", "closed before it replied");
  }

  @Test
  void blobsTravelWithTheRequestAndWithTheReply() throws Exception {
    RpcTransport.RpcReply reply = transport(alice).request(new Address("bob.os", GREETER),
            "{\"Reverse\":null}".getBytes(StandardCharsets.UTF_8),
            new Blob("application/octet-stream", new byte[] {1, 2, 3, 4, 5}), PATIENT)
        .toCompletableFuture().get(30, TimeUnit.SECONDS);

    assertThat(new String(reply.json(), StandardCharsets.UTF_8)).isEqualTo("\"5 bytes\"");
    assertThat(reply.blob()).isEqualTo(new Blob("application/octet-stream", new byte[] {5, 4, 3, 2, 1}));
  }

  @Test
  void theGeneratedClientSendsABlobAndHandsOverTheReplysBlob() throws Exception {
    assertThat(json(call(alice, alice.nodeName(), "AskReverse", "[\"bob.os\",\"stressed\"]")))
        .isEqualTo("\"8 bytes: desserts\"");
  }

  @Test
  void aReplyTooLargeForTheLinkFailsTheCallerAtOnceNamingTheLimit() throws Exception {
    int limit = NetworkConfig.defaults().maxMessageSize();

    DispatchError error = error(call(alice, "bob.os", "Zeros", String.valueOf(limit + 1)));

    assertThat(error.code()).isEqualTo(ErrorCode.TOO_LARGE);
    assertThat(error.message()).contains("The reply from bob.os is too large",
        "limit of " + limit + " bytes");
    assertThat(json(call(alice, "bob.os", "Zeros", "3"))).isEqualTo("\"3 bytes\"");
  }

  @Test
  void aRestartedPeerIsReachedAgainWithoutRestartingTheCaller() throws Exception {
    assertThat(json(call(alice, "bob.os", "Greet", "\"Alice\""))).isEqualTo("\"Hello Alice from bob.os\"");
    int port = bob.peerAddress().orElseThrow().port();
    stop(bob);

    bob = start("bob.os", port);

    // A link closed with a goodbye is dialed afresh by the next call; a link lost without one holds
    // calls back (OFFLINE, at once) until alice's reconnection, which needs no help, succeeds.
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
      Reply reply = call(alice, "bob.os", "Greet", "\"again\"");
      assertThat(reply).matches(r -> r instanceof Reply.Success
          || ((Reply.Failure) r).error().code() == ErrorCode.OFFLINE, "a reply or OFFLINE");
      return reply instanceof Reply.Success;
    });
    assertThat(json(call(alice, alice.nodeName(), "AskGreet", "[\"bob.os\",\"Alice\"]")))
        .isEqualTo("\"Hello Alice from bob.os\"");
  }

  /** A network with no kernel behind it, sharing the directory: it only hands the first message over. */
  private PeerNetwork bareNetwork(String name, CompletableFuture<PeerMessage> firstMessage) throws Exception {
    Path home = work.resolve(name);
    PeerNetwork network = PeerNetwork.start(NodeIdentity.loadOrCreate(home, name),
        Directory.open(home, directory), new InetSocketAddress("127.0.0.1", 0),
        NetworkConfig.defaults(), (peer, message) -> firstMessage.complete(message));
    open.add(network);
    return network;
  }

  private Node start(String name, int port) {
    Node node = Node.at(work.resolve(name)).name(name).grace(Duration.ofSeconds(5))
        .network(new InetSocketAddress("127.0.0.1", port)).directory(directory)
        .install(greeterJar).start();
    open.add(node);
    return node;
  }

  /** Closes {@code node} and waits until alice has noticed that the link is gone. */
  private void stop(Node node) throws Exception {
    open.remove(node);
    node.close();
    await().atMost(Duration.ofSeconds(30))
        .until(() -> !alice.network().orElseThrow().isConnected(node.nodeName()));
  }

  private static RpcTransport transport(Node node) {
    return new KernelTransport(node.kernel(), new Address(node.nodeName(), ProcessId.parse("tester:greeter:test.os")));
  }

  /** Sends {@code {"method": argument}} from a test address on {@code from} to the Greeter of {@code to}. */
  private static Reply call(Node from, String to, String method, String argument) throws Exception {
    Message request = new Message(from.kernel().nextMessageId(),
        new Address(from.nodeName(), ProcessId.parse("tester:greeter:test.os")), new Address(to, GREETER),
        Optional.of(PATIENT), ("{\"" + method + "\":" + argument + "}").getBytes(StandardCharsets.UTF_8),
        Map.of(), null);
    return from.kernel().request(request).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static String json(Reply reply) {
    assertThat(reply).isInstanceOf(Reply.Success.class);
    return new String(((Reply.Success) reply).json(), StandardCharsets.UTF_8);
  }

  private static DispatchError error(Reply reply) {
    assertThat(reply).isInstanceOf(Reply.Failure.class);
    return ((Reply.Failure) reply).error();
  }
}
