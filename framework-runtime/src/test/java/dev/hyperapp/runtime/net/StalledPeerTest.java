package dev.hyperapp.runtime.net;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A peer that reads nothing (a frozen process, a reader stuck in its handler) fills its TCP window,
 * and the link to it can send nothing more. It must not hold up this node's shutdown, nor keep the
 * link's threads, its socket and the messages waiting for it: closing waits at most the close timeout,
 * and a link whose peer takes no byte for the write-stall timeout is dropped.
 */
@Timeout(value = 120, unit = SECONDS)
class StalledPeerTest {

  /** Heartbeats far apart: nothing but what is under test ends a link. */
  private static final NetworkConfig CONFIG =
      NetworkConfig.defaults().withHeartbeat(Duration.ofMinutes(5), Duration.ofMinutes(10));
  /** How long anything under test may take, far longer than it should. */
  private static final Duration BOUND = Duration.ofSeconds(30);
  /** Up to one TLS record: bob's reader writes such a reply itself while the link is free. */
  private static final int REPLY_SIZE = 8 * 1024;

  @TempDir Path root;
  private TestNode bob;
  /** Bob's replies to carol's requests, in order. */
  private final BlockingQueue<CompletableFuture<Void>> replies = new LinkedBlockingQueue<>();
  private final List<String> closedLinks = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeBob() {
    if (bob != null) {
      bob.close();
    }
  }

  /** Bob answers every message with a reply, from his link reader. */
  private TestNode bob(NetworkConfig config) throws IOException {
    PeerNetwork[] network = new PeerNetwork[1];
    bob = TestNode.start(root.resolve("bob.os"), "bob.os", root.resolve("shared"), config,
        new MessageHandler() {
          @Override
          public void onMessage(String peer, PeerMessage message) {
            replies.add(network[0].send(peer, new PeerMessage(new byte[] {'h'}, new byte[REPLY_SIZE]))
                .toCompletableFuture());
          }

          @Override
          public void onLinkClosed(String peer, String reason) {
            closedLinks.add(reason);
          }
        });
    network[0] = bob.network;
    return bob;
  }

  @Test
  void closingTheNetworkEndsWithinTheCloseTimeoutAndReleasesTheLinkToAPeerThatReadsNothing()
      throws Exception {
    bob(CONFIG.withCloseTimeout(Duration.ofMillis(500)));
    try (SSLSocket carol = StubbornPeer.dial(root, "carol.os", "bob.os", bob.network.localAddress())) {
      CompletableFuture<Void> waiting = jam(carol);

      CompletableFuture<Void> closed = CompletableFuture.runAsync(bob.network::close);

      await().atMost(BOUND).until(closed::isDone);
      await().atMost(BOUND).until(() -> linkThreads("carol.os").isEmpty());
      await().atMost(BOUND).until(waiting::isDone);
      RpcException failure = failure(waiting);
      assertThat(failure.code()).isEqualTo(ErrorCode.OFFLINE);
      assertThat(failure.getMessage()).contains("closed");
      assertThat(closedLinks).containsExactly("the node is shutting down");
      assertThat(readsToTheEnd(carol)).as("carol sees bob's socket closed").isTrue();
    }
  }

  @Test
  void aLinkWhosePeerTakesNoBytesForTheWriteStallTimeoutIsDroppedAndWhatWaitsFails() throws Exception {
    bob(CONFIG.withWriteStallTimeout(Duration.ofMillis(500)));
    try (SSLSocket carol = StubbornPeer.dial(root, "carol.os", "bob.os", bob.network.localAddress())) {
      CompletableFuture<Void> waiting = jam(carol);

      await().atMost(BOUND).until(() -> !bob.network.isConnected("carol.os"));
      await().atMost(BOUND).until(waiting::isDone);
      RpcException failure = failure(waiting);
      assertThat(failure.code()).isEqualTo(ErrorCode.OFFLINE);
      assertThat(failure.getMessage()).contains("carol.os took no bytes for PT0.5S");
      assertThat(closedLinks).singleElement().asString().contains("took no bytes");
      await().atMost(BOUND).until(() -> linkThreads("carol.os").isEmpty());
      assertThat(readsToTheEnd(carol)).as("carol sees bob's socket closed").isTrue();
    }
  }

  @Test
  void afterItsGoodbyeANodeWaitsForAPeerThatNeverClosesAtMostTheCloseTimeout() throws Exception {
    bob(CONFIG.withCloseTimeout(Duration.ofMillis(500)));
    try (SSLSocket carol = StubbornPeer.dial(root, "carol.os", "bob.os", bob.network.localAddress())) {
      await().atMost(BOUND).until(() -> bob.network.isConnected("carol.os"));

      bob.network.close();

      carol.setSoTimeout(Math.toIntExact(BOUND.toMillis()));
      assertThat(new FrameReader(carol.getInputStream()).read(1024).type()).isEqualTo(FrameType.GOODBYE);
      // Carol neither answers nor closes; bob's reader stops waiting for her at the close timeout.
      await().atMost(BOUND).until(() -> linkThreads("carol.os").isEmpty());
      assertThat(readsToTheEnd(carol)).as("carol sees bob's socket closed").isTrue();
    }
  }

  /**
   * Carol sends requests one at a time, each answered by bob's link reader with a reply it writes
   * itself while the link is free. Carol reads none, so her TCP window fills, then bob's socket; the
   * first reply that has to wait is returned: from then on bob's link writer waits on the socket.
   */
  private CompletableFuture<Void> jam(SSLSocket carol) throws IOException, InterruptedException {
    FrameWriter out = new FrameWriter(carol.getOutputStream());
    for (int i = 0; i < 100_000; i++) {
      out.message(new PeerMessage(new byte[] {'h'}, ("request " + i).getBytes(UTF_8)));
      CompletableFuture<Void> reply = replies.poll(BOUND.toSeconds(), SECONDS);
      assertThat(reply).as("bob's reply to request %d", i).isNotNull();
      if (!reply.isDone()) {
        return reply;
      }
    }
    throw new AssertionError("The link never filled");
  }

  /** The names of the link threads to {@code peer} still alive in this JVM. */
  private static List<String> linkThreads(String peer) {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("hyperapp-link-" + peer + "-"))
        .toList();
  }

  /**
   * Reads what is left in the socket; true once it ends (end of stream, or a reset), false if it is
   * still open after {@link #BOUND}.
   */
  private static boolean readsToTheEnd(SSLSocket socket) throws IOException {
    socket.setSoTimeout(Math.toIntExact(BOUND.toMillis()));
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[64 * 1024];
    try {
      while (in.read(buffer) >= 0) {
        // Discard what bob sent before he closed.
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static RpcException failure(CompletableFuture<?> stage) {
    Throwable thrown = catchThrowable(stage::join);
    assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(RpcException.class);
    return (RpcException) thrown.getCause();
  }
}
