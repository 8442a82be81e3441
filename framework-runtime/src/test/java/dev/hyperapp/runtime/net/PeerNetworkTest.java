package dev.hyperapp.runtime.net;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.HostPort;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = SECONDS)
class PeerNetworkTest {

  private static final NetworkConfig CONFIG = NetworkConfig.defaults();

  @TempDir Path root;
  private final List<TestNode> nodes = new ArrayList<>();

  @AfterEach
  void closeNodes() {
    nodes.forEach(TestNode::close);
  }

  private TestNode node(String name) throws IOException {
    return node(name, name, CONFIG);
  }

  private TestNode node(String home, String name, NetworkConfig config) throws IOException {
    return track(TestNode.start(root.resolve(home), name, root.resolve("shared"), config));
  }

  private TestNode track(TestNode node) {
    nodes.add(node);
    return node;
  }

  private static void sent(CompletionStage<Void> stage) {
    stage.toCompletableFuture().join();
  }

  private static RpcException failure(CompletionStage<?> stage) {
    Throwable thrown = catchThrowable(() -> stage.toCompletableFuture().join());
    assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(RpcException.class);
    return (RpcException) thrown.getCause();
  }

  @Test
  void twoNodesExchangeMessagesBothWaysInOrder() throws IOException {
    TestNode alice = node("alice.os");
    TestNode bob = node("bob.os");
    List<String> numbers = IntStream.range(0, 200).mapToObj(Integer::toString).toList();

    numbers.forEach(number -> alice.send(bob, number));
    numbers.forEach(number -> bob.send(alice, number));

    await().untilAsserted(() -> assertThat(bob.textsFrom("alice.os")).isEqualTo(numbers));
    await().untilAsserted(() -> assertThat(alice.textsFrom("bob.os")).isEqualTo(numbers));
    assertThat(alice.network.connectedPeers()).containsExactly("bob.os");
    assertThat(alice.network.openConnections()).isEqualTo(1);
    assertThat(bob.network.openConnections()).isEqualTo(1);
  }

  @Test
  void nodesDialingEachOtherAtOnceEndWithOneLink() throws Exception {
    for (int round = 0; round < 10; round++) {
      TestNode alice = node("alice-" + round, "alice.os", CONFIG);
      TestNode bob = node("bob-" + round, "bob.os", CONFIG);
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<Void> fromAlice = CompletableFuture.runAsync(() -> {
        arrive(start);
        sent(alice.send(bob, "hi bob"));
      });
      CompletableFuture<Void> fromBob = CompletableFuture.runAsync(() -> {
        arrive(start);
        sent(bob.send(alice, "hi alice"));
      });
      fromAlice.join();
      fromBob.join();

      await().untilAsserted(() -> {
        assertThat(alice.network.openConnections()).isEqualTo(1);
        assertThat(bob.network.openConnections()).isEqualTo(1);
      });
      sent(alice.send(bob, "still one link"));
      sent(bob.send(alice, "still one link"));
      await().untilAsserted(() -> {
        assertThat(bob.textsFrom("alice.os")).containsExactly("hi bob", "still one link");
        assertThat(alice.textsFrom("bob.os")).containsExactly("hi alice", "still one link");
      });
      alice.close();
      bob.close();
    }
  }

  private static void arrive(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aNodeWhoseKeyDoesNotMatchTheDirectoryIsRefusedUntilAccepted() throws IOException {
    TestNode alice = node("alice.os");
    TestNode bob = node("bob.os");
    sent(alice.send(bob, "hello"));
    bob.close();
    // Someone else starts as bob.os with a fresh key and without the shared folder.
    TestNode impostor = track(TestNode.start(root.resolve("impostor"), "bob.os", null, CONFIG));
    alice.directory.connect("bob.os", impostor.network.localAddress());
    impostor.directory.connect("alice.os", alice.network.localAddress());

    RpcException refused = failure(alice.send("bob.os", "secret"));
    RpcException refusedInbound = failure(impostor.send(alice, "let me in"));

    assertThat(refused.code()).isEqualTo(ErrorCode.OFFLINE);
    assertThat(refused.getMessage()).contains("differs from the one in the directory");
    assertThat(refusedInbound.code()).isEqualTo(ErrorCode.OFFLINE);
    assertThat(impostor.inbox).isEmpty();
    assertThat(alice.textsFrom("bob.os")).isEmpty();
    assertThat(alice.directory.pendingKeyChange("bob.os")).isPresent();

    alice.directory.acceptKeyChange("bob.os");
    await().ignoreExceptions().untilAsserted(() -> sent(alice.send("bob.os", "welcome back")));
    await().untilAsserted(() -> assertThat(impostor.textsFrom("alice.os")).contains("welcome back"));
  }

  @Test
  void aPlainTcpClientCannotDeliverAMessage() throws IOException {
    TestNode bob = node("bob.os");
    HostPort address = bob.network.localAddress();
    try (Socket socket = new Socket(address.host(), address.port())) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      byte[] body = "plain".getBytes();
      out.writeInt(1 + 4 + 1 + body.length);
      out.writeByte(FrameType.MESSAGE.code);
      out.writeInt(1);
      out.writeByte('h');
      out.write(body);
      out.flush();

      assertThat(readUntilClosed(socket.getInputStream())).isTrue();
    }
    assertThat(bob.inbox).isEmpty();
  }

  @Test
  void aTlsClientWithACertificateForAKnownNameButAnotherKeyCannotDeliverAMessage() throws Exception {
    TestNode alice = node("alice.os");
    TestNode bob = node("bob.os");
    sent(alice.send(bob, "the real alice"));
    SSLContext context = hostileClient("fake", "alice.os");

    HostPort address = bob.network.localAddress();
    try (SSLSocket socket =
        LinkTls.clientSide(context, new Socket(address.host(), address.port()), "bob.os")) {
      Throwable outcome = catchThrowable(() -> {
        FrameWriter out = new FrameWriter(socket.getOutputStream());
        out.control(FrameType.HELLO, new Hello(Hello.CURRENT_VERSION, 1, 1024).encode());
        out.message(TestNode.message("from the fake alice"));
        readUntilClosed(socket.getInputStream());
      });
      assertThat(outcome == null || outcome instanceof IOException).isTrue();
    }
    sent(alice.send(bob, "the real alice again"));
    await().untilAsserted(() ->
        assertThat(bob.textsFrom("alice.os")).containsExactly("the real alice", "the real alice again"));
  }

  /**
   * TLS for a client that speaks the link protocol by hand, made from a fresh identity; it checks
   * the server with its own directory, which shares the folder of the nodes under test.
   */
  private SSLContext hostileClient(String home, String name) throws IOException {
    NodeIdentity identity = NodeIdentity.loadOrCreate(root.resolve(home), name);
    return LinkTls.context(identity,
        new Certificate[] {LinkCertificates.create(identity, identity.record(List.of()))},
        new DirectoryTrustManager(Directory.open(root.resolve(home), root.resolve("shared")), name));
  }

  /** Reads until the peer closes; true when it did (end of stream or a TLS alert). */
  private static boolean readUntilClosed(InputStream in) {
    try {
      byte[] buffer = new byte[1024];
      while (in.read(buffer) >= 0) {
        // Discard what the peer sends before it closes.
      }
      return true;
    } catch (IOException e) {
      return true;
    }
  }

  @Test
  void anOversizedMessageFailsAtOnceAndTheLinkSurvives() throws IOException {
    NetworkConfig small = CONFIG.withMaxMessageSize(64 * 1024);
    TestNode alice = node("alice", "alice.os", small);
    TestNode bob = node("bob", "bob.os", small);
    sent(alice.send(bob, "before"));

    RpcException tooLarge = failure(alice.network.send("bob.os",
        new PeerMessage(new byte[0], new byte[10], new Blob("image/png", new byte[64 * 1024]))));

    assertThat(tooLarge.code()).isEqualTo(ErrorCode.TOO_LARGE);
    assertThat(tooLarge.getMessage()).contains("65536");
    sent(alice.send(bob, "after"));
    await().untilAsserted(() -> assertThat(bob.textsFrom("alice.os")).containsExactly("before", "after"));
    assertThat(alice.network.isConnected("bob.os")).isTrue();
  }

  @Test
  void aMessageOverThePeersSmallerLimitFailsWithoutHarmingTheLink() throws IOException {
    TestNode alice = node("alice.os");
    TestNode bob = node("bob", "bob.os", CONFIG.withMaxMessageSize(1024));
    sent(alice.send(bob, "before"));

    RpcException tooLarge = failure(alice.network.send("bob.os",
        new PeerMessage(new byte[0], new byte[2048])));

    assertThat(tooLarge.code()).isEqualTo(ErrorCode.TOO_LARGE);
    assertThat(tooLarge.getMessage()).contains("bob.os");
    sent(alice.send(bob, "after"));
    await().untilAsserted(() -> assertThat(bob.textsFrom("alice.os")).containsExactly("before", "after"));
  }

  @Test
  void aPeerSendingAnOversizedFrameIsDisconnected() throws Exception {
    TestNode bob = node("bob", "bob.os", CONFIG.withMaxMessageSize(1024));
    SSLContext context = hostileClient("carol", "carol.os");

    HostPort address = bob.network.localAddress();
    try (SSLSocket socket =
        LinkTls.clientSide(context, new Socket(address.host(), address.port()), "bob.os")) {
      FrameWriter out = new FrameWriter(socket.getOutputStream());
      FrameReader in = new FrameReader(socket.getInputStream());
      out.control(FrameType.HELLO, new Hello(Hello.CURRENT_VERSION, 1, 1024).encode());
      assertThat(in.read(1024).type()).isEqualTo(FrameType.WELCOME);
      await().until(() -> bob.network.isConnected("carol.os"));

      out.message(new PeerMessage(new byte[0], new byte[4096]));

      await().until(() -> !bob.network.isConnected("carol.os"));
      assertThat(readUntilClosed(socket.getInputStream())).isTrue();
    }
    assertThat(bob.inbox).isEmpty();
  }

  @Test
  @Timeout(value = 10, unit = SECONDS)
  void anUnknownOrUnreachableNodeIsOfflineAtOnce() throws IOException {
    NetworkConfig patient = new NetworkConfig(CONFIG.maxMessageSize(), CONFIG.maxQueuedMessages(),
        CONFIG.maxQueuedBytes(), CONFIG.blobChunkSize(), Duration.ofSeconds(30), Duration.ofSeconds(30),
        CONFIG.heartbeatInterval(), CONFIG.heartbeatTimeout(), CONFIG.idleTimeout(),
        CONFIG.writeStallTimeout(), CONFIG.closeTimeout(), Duration.ofSeconds(30), Duration.ofSeconds(60),
        CONFIG.maxLinks(), List.of());
    TestNode alice = node("alice", "alice.os", patient);
    TestNode bob = node("bob", "bob.os", patient);
    HostPort gone = bob.network.localAddress();
    bob.close();

    RpcException unknown = failure(alice.send("nobody.os", "hello?"));
    RpcException unreachable = failure(alice.send("bob.os", "hello?"));
    RpcException stillBackingOff = failure(alice.send("bob.os", "hello again?"));

    assertThat(unknown.code()).isEqualTo(ErrorCode.OFFLINE);
    assertThat(unknown.getMessage()).contains("not in the directory");
    assertThat(unreachable.code()).isEqualTo(ErrorCode.OFFLINE);
    assertThat(unreachable.getMessage()).contains(gone.toString());
    assertThat(stillBackingOff.code()).isEqualTo(ErrorCode.OFFLINE);
    assertThat(stillBackingOff.getMessage()).contains("next attempt");
  }

  @Test
  void reconnectsAfterThePeerRestarts() throws IOException {
    TestNode alice = node("alice.os");
    TestNode bob = node("bob.os");
    sent(alice.send(bob, "first"));
    bob.close();
    await().until(() -> !alice.network.isConnected("bob.os"));

    TestNode bobAgain = node("bob.os");
    await().ignoreExceptions().untilAsserted(() -> sent(alice.send(bobAgain, "second")));

    await().untilAsserted(() -> assertThat(bobAgain.textsFrom("alice.os")).contains("second"));
    sent(bobAgain.send(alice, "back"));
    await().untilAsserted(() -> assertThat(alice.textsFrom("bob.os")).containsExactly("back"));
  }

  @Test
  void aMessageAfterTheInitialDelayDialsAPeerThatCameBackWithoutWaitingForTheGrownBackoff()
      throws IOException {
    Duration initial = Duration.ofMillis(300);
    TestNode alice = node("alice", "alice.os", CONFIG.withReconnectDelays(initial, Duration.ofMinutes(1)));
    TestNode bob = node("bob", "bob.os", CONFIG);
    sent(alice.send(bob, "first"));
    bob.close();
    await().until(() -> !alice.network.isConnected("bob.os"));
    // Each failed dial doubles the automatic retry's delay: after six it is many seconds away.
    for (int attempt = 0; attempt < 6; attempt++) {
      await().until(() -> !failure(alice.send(bob, "lost")).getMessage().contains("next attempt"));
    }

    // A message is held back no longer than the initial delay, whatever the grown backoff says.
    await().until(() -> {
      RpcException refused = failure(alice.send(bob, "too soon"));
      boolean heldBack = refused.getMessage().contains("next attempt");
      if (heldBack) {
        assertThat(waitMillis(refused)).isLessThanOrEqualTo(initial.toMillis());
      }
      return heldBack;
    });

    TestNode bobAgain = node("bob", "bob.os", CONFIG);
    await().ignoreExceptions().untilAsserted(() -> sent(alice.send(bobAgain, "back again")));
    await().untilAsserted(() -> assertThat(bobAgain.textsFrom("alice.os")).containsExactly("back again"));
  }

  /** The wait that an OFFLINE "…; the next attempt is in N ms" states. */
  private static long waitMillis(RpcException heldBack) {
    Matcher wait = Pattern.compile("next attempt is in (\\d+) ms").matcher(heldBack.getMessage());
    assertThat(wait.find()).as(heldBack.getMessage()).isTrue();
    return Long.parseLong(wait.group(1));
  }

  @Test
  void aCutOffNodeNeitherDialsNorAcceptsUntilRestored() throws IOException {
    NetworkConfig config = CONFIG.withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(200));
    TestNode alice = node("alice", "alice.os", config);
    TestNode bob = node("bob", "bob.os", config);
    sent(alice.send(bob, "before"));
    // Written is not received: a message on a connection that breaks may be lost.
    await().untilAsserted(() -> assertThat(bob.textsFrom("alice.os")).containsExactly("before"));

    bob.network.cutOff();

    await().until(() -> !alice.network.isConnected("bob.os"));
    assertThat(failure(bob.send(alice, "out")).getMessage()).contains("bob.os is cut off");
    await().untilAsserted(() ->
        assertThat(failure(alice.send(bob, "in")).code()).isEqualTo(ErrorCode.OFFLINE));
    assertThat(bob.network.connectedPeers()).isEmpty();

    bob.network.restore();

    await().ignoreExceptions().untilAsserted(() -> sent(alice.send(bob, "after")));
    sent(bob.send(alice, "back"));
    await().untilAsserted(() -> assertThat(bob.textsFrom("alice.os")).containsExactly("before", "after"));
    await().untilAsserted(() -> assertThat(alice.textsFrom("bob.os")).containsExactly("back"));
  }

  @Test
  void aLostLinkReconnectsByItselfWithBackoff() throws IOException {
    // A short heartbeat so that a side which missed the cut (half-open) notices soon; the waits
    // below allow for heartbeat timeout plus backoff on a loaded machine.
    NetworkConfig config = CONFIG.withReconnectDelays(Duration.ofSeconds(1), Duration.ofSeconds(2))
        .withHeartbeat(Duration.ofMillis(500), Duration.ofSeconds(2));
    TestNode alice = node("alice", "alice.os", config);
    TestNode bob = node("bob", "bob.os", config);
    Duration reconnectBound = Duration.ofSeconds(30);
    try (TcpProxy network = new TcpProxy(bob.network.localAddress())) {
      alice.directory.connect("bob.os", network.address());
      sent(alice.send(bob, "through the proxy"));
      // Sent means written to the proxy: a cut before it passed the message on would lose it.
      await().untilAsserted(() ->
          assertThat(bob.textsFrom("alice.os")).containsExactly("through the proxy"));

      network.cut();

      await().atMost(reconnectBound).until(() -> !alice.network.isConnected("bob.os"));
      await().atMost(reconnectBound).until(
          () -> alice.network.isConnected("bob.os") && bob.network.isConnected("alice.os"));
      sent(alice.send(bob, "after the cut"));
      await().untilAsserted(() ->
          assertThat(bob.textsFrom("alice.os")).containsExactly("through the proxy", "after the cut"));
    }
  }

  @Test
  void aBlobOfSomeMebibytesArrivesIntactWhileSmallMessagesOvertakeIt() throws IOException {
    NetworkConfig config = CONFIG.withBlobChunkSize(4096);
    TestNode alice = node("alice", "alice.os", config);
    TestNode bob = node("bob", "bob.os", config);
    byte[] file = new byte[4 * 1024 * 1024];
    new Random(42).nextBytes(file);
    List<String> small = IntStream.range(0, 20).mapToObj(i -> "small " + i).toList();

    // Queued before the link is up, so the writer finds them all waiting behind the blob.
    CompletionStage<Void> blobSent = alice.network.send("bob.os",
        new PeerMessage("h".getBytes(), "the file".getBytes(), new Blob("application/pdf", file)));
    List<CompletionStage<Void>> smallSent = small.stream().map(text -> alice.send(bob, text)).toList();

    sent(blobSent);
    smallSent.forEach(PeerNetworkTest::sent);
    await().until(() -> bob.inbox.size() == 21);
    List<String> order = bob.textsFrom("alice.os");
    assertThat(order.subList(0, 20)).isEqualTo(small);
    assertThat(order.get(20)).isEqualTo("the file");
    Blob received = bob.inbox.get(20).message().blob();
    assertThat(received.mime()).isEqualTo("application/pdf");
    assertThat(received.bytes()).isEqualTo(file);
  }

  @Test
  void aFullQueueIsOfflineAtOnceAndDrainsAfterwards() throws IOException {
    CountDownLatch release = new CountDownLatch(1);
    NetworkConfig config = CONFIG.withQueueLimits(4, 64L * 1024 * 1024);
    TestNode alice = node("alice", "alice.os", config);
    TestNode bob = track(TestNode.start(root.resolve("bob"), "bob.os", root.resolve("shared"), config,
        (peer, message) -> awaitQuietly(release)));
    sent(alice.send(bob, "first, which bob's handler holds"));

    RpcException full = null;
    byte[] mebibyte = new byte[1024 * 1024];
    for (int i = 0; i < 1000 && full == null; i++) {
      CompletableFuture<Void> stage =
          alice.network.send("bob.os", new PeerMessage(new byte[0], mebibyte)).toCompletableFuture();
      if (stage.isCompletedExceptionally()) {
        full = failure(stage);
      }
    }
    release.countDown();

    assertThat(full).isNotNull();
    assertThat(full.code()).isEqualTo(ErrorCode.OFFLINE);
    assertThat(full.getMessage()).contains("queue").contains("full");
    await().ignoreExceptions().untilAsserted(() -> sent(alice.send(bob, "after the jam")));
    await().untilAsserted(() -> assertThat(bob.textsFrom("alice.os")).contains("after the jam"));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void anIdleLinkIsClosedAndReopenedWhenNeeded() throws IOException {
    NetworkConfig config = CONFIG.withHeartbeat(Duration.ofMillis(50), Duration.ofSeconds(5))
        .withIdleTimeout(Duration.ofMillis(200));
    TestNode alice = node("alice", "alice.os", config);
    TestNode bob = node("bob", "bob.os", config);
    sent(alice.send(bob, "one"));

    await().until(() -> !alice.network.isConnected("bob.os") && !bob.network.isConnected("alice.os"));

    sent(alice.send(bob, "two"));
    await().untilAsserted(() -> assertThat(bob.textsFrom("alice.os")).containsExactly("one", "two"));
  }

  @Test
  void theSenderIsTheAuthenticatedPeer() throws IOException {
    TestNode alice = node("alice.os");
    TestNode bob = node("bob.os");

    sent(alice.network.send("bob.os", new PeerMessage("{\"source\":\"carol.os\"}".getBytes(), new byte[0])));

    await().until(() -> bob.inbox.size() == 1);
    assertThat(bob.inbox.get(0).peer()).isEqualTo("alice.os");
  }
}
