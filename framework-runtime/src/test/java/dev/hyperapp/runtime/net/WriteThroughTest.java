package dev.hyperapp.runtime.net;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sending thread writes a small message itself when nothing waits for the link (see {@link
 * Connection#writeNow}), the writer thread the rest: order holds, and no thread blocks on a peer
 * that does not read — above all no link reader, which answers requests as it reads them.
 */
@Timeout(value = 120, unit = SECONDS)
class WriteThroughTest {

  private static final NetworkConfig CONFIG = NetworkConfig.defaults();
  /** Queues that never fill in these tests, so every message must arrive. */
  private static final NetworkConfig ROOMY = CONFIG.withQueueLimits(1_000_000, 1L << 30);
  /** Over {@link Connection}'s limit for writing on the sending thread: such messages go to the writer. */
  private static final int BIG = 100 * 1024;
  private static final int SMALL_REPLY = 8 * 1024;

  @TempDir Path root;
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : closing) {
      closeable.close();
    }
  }

  private TestNode node(String name, NetworkConfig config, MessageHandler also) throws IOException {
    TestNode node = TestNode.start(root.resolve(name), name, root.resolve("shared"), config, also);
    closing.add(node);
    return node;
  }

  /** A message whose body starts with {@code text} and is padded with dots to {@code size} bytes. */
  private static PeerMessage padded(String text, int size) {
    byte[] body = new byte[Math.max(size, text.length())];
    Arrays.fill(body, (byte) '.');
    byte[] head = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, body, 0, head.length);
    return new PeerMessage(new byte[] {'h'}, body);
  }

  /** The text before the padding. */
  private static String label(PeerMessage message) {
    String body = new String(message.body(), StandardCharsets.UTF_8);
    int dot = body.indexOf('.');
    return dot < 0 ? body : body.substring(0, dot);
  }

  @Test
  void concurrentSendersKeepTheirOrderWhileSmallAndBigMessagesMix() throws Exception {
    TestNode alice = node("alice.os", ROOMY, (peer, message) -> {});
    // Bob acknowledges every message, so that alice, hearing back, writes some messages herself.
    PeerNetwork[] network = new PeerNetwork[1];
    TestNode bob = node("bob.os", ROOMY, (peer, message) -> network[0].send(peer, padded("ack", 3)));
    network[0] = bob.network;
    alice.send(bob, "hello").toCompletableFuture().join();
    // Once bob answered, alice's next small message on the idle link is written by her sending
    // thread: its stage is done when send returns.
    AtomicInteger probes = new AtomicInteger();
    await().until(() -> {
      probes.incrementAndGet();
      return alice.network.send("bob.os", padded("probe", 10)).toCompletableFuture().isDone();
    });

    int senders = 4;
    int perSender = 300;
    CyclicBarrier start = new CyclicBarrier(senders);
    List<CompletableFuture<Void>> sent = new CopyOnWriteArrayList<>();
    List<Thread> threads = IntStream.range(0, senders).mapToObj(sender -> new Thread(() -> {
      arrive(start);
      for (int i = 0; i < perSender; i++) {
        // Every seventh message is big: it goes to the writer, and small ones queue behind it.
        int size = i % 7 == 3 ? BIG : 40;
        sent.add(alice.network.send("bob.os", padded(sender + "-" + i, size)).toCompletableFuture());
      }
    })).toList();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

    int expected = 1 + probes.get() + senders * perSender;
    await().until(() -> bob.inbox.size() == expected);
    Map<Integer, List<Integer>> orderBySender = new ConcurrentHashMap<>();
    for (TestNode.Received received : bob.inbox) {
      String label = label(received.message());
      if (label.contains("-")) {
        String[] parts = label.split("-");
        int index = Integer.parseInt(parts[1]);
        assertThat(received.message().body()).hasSize(index % 7 == 3 ? BIG : 40);
        orderBySender.computeIfAbsent(Integer.parseInt(parts[0]), key -> new ArrayList<>()).add(index);
      }
    }
    List<Integer> inOrder = IntStream.range(0, perSender).boxed().toList();
    assertThat(orderBySender).hasSize(senders);
    orderBySender.values().forEach(order -> assertThat(order).isEqualTo(inOrder));
  }

  @Test
  void aPeerThatStopsReadingBlocksNeitherTheSenderNorTheReaderThatAnswersIt() throws Exception {
    // Replies beyond the socket buffers and this small queue fail at once instead of waiting.
    NetworkConfig config = CONFIG.withQueueLimits(64, 1024 * 1024);
    List<RpcException> refused = new CopyOnWriteArrayList<>();
    PeerNetwork[] network = new PeerNetwork[1];
    TestNode bob = node("bob.os", config, (peer, message) -> {
      // Answered on bob's link reader, as a process run inline by the kernel would.
      CompletableFuture<Void> reply =
          network[0].send(peer, padded("reply to " + label(message), SMALL_REPLY)).toCompletableFuture();
      if (reply.isCompletedExceptionally()) {
        refused.add(cause(reply));
      }
    });
    network[0] = bob.network;

    int requests = 4000;
    try (SSLSocket carol = StubbornPeer.dial(root, "carol.os", "bob.os", bob.network.localAddress())) {
      FrameWriter out = new FrameWriter(carol.getOutputStream());
      for (int i = 0; i < requests; i++) {
        out.message(padded("request " + i, 100));
      }
      // Bob's reader read every request although carol read none of the replies.
      await().until(() -> bob.textsFrom("carol.os").size() == requests);
    }
    assertThat(refused).isNotEmpty();
    assertThat(refused).allSatisfy(error -> {
      assertThat(error.code()).isEqualTo(ErrorCode.OFFLINE);
      assertThat(error.getMessage()).contains("queue").contains("full");
    });
  }

  @Test
  void twoNodesFloodingEachOtherWithRequestsBothWaysGetEveryReplyInOrder() throws Exception {
    List<String> repliesToAlice = new CopyOnWriteArrayList<>();
    List<String> repliesToBob = new CopyOnWriteArrayList<>();
    List<Throwable> unsent = new CopyOnWriteArrayList<>();
    PeerNetwork[] networks = new PeerNetwork[2];
    TestNode alice = node("alice.os", ROOMY, (peer, message) ->
        answerOrCollect(networks[0], peer, message, repliesToAlice, unsent));
    TestNode bob = node("bob.os", ROOMY, (peer, message) ->
        answerOrCollect(networks[1], peer, message, repliesToBob, unsent));
    networks[0] = alice.network;
    networks[1] = bob.network;
    alice.send(bob, "hello").toCompletableFuture().join();

    int requests = 2000;
    CyclicBarrier start = new CyclicBarrier(2);
    Thread fromAlice = flood(start, alice.network, "bob.os", requests);
    Thread fromBob = flood(start, bob.network, "alice.os", requests);
    fromAlice.join();
    fromBob.join();

    await().until(() -> !unsent.isEmpty()
        || (repliesToAlice.size() == requests && repliesToBob.size() == requests));
    assertThat(unsent).isEmpty();
    // Each reader answered in the order it read, some replies written by the reader itself, some
    // (those answered with more requests in hand) by the writer thread.
    List<String> inOrder = IntStream.range(0, requests).mapToObj(i -> "reply " + i).toList();
    assertThat(repliesToAlice).isEqualTo(inOrder);
    assertThat(repliesToBob).isEqualTo(inOrder);
  }

  /** Answers a request with an 8 KiB reply from the link reader, or collects a reply. */
  private static void answerOrCollect(
      PeerNetwork network, String peer, PeerMessage message, List<String> replies, List<Throwable> unsent) {
    String label = label(message);
    if (label.startsWith("request ")) {
      network.send(peer, padded("reply " + label.substring("request ".length()), SMALL_REPLY))
          .whenComplete((sent, error) -> {
            if (error != null) {
              unsent.add(error);
            }
          });
    } else if (label.startsWith("reply ")) {
      replies.add(label);
    }
  }

  private static Thread flood(CyclicBarrier start, PeerNetwork from, String to, int requests) {
    Thread thread = new Thread(() -> {
      arrive(start);
      for (int i = 0; i < requests; i++) {
        from.send(to, padded("request " + i, SMALL_REPLY));
      }
    });
    thread.start();
    return thread;
  }

  private static RpcException cause(CompletableFuture<?> failed) {
    try {
      failed.join();
      throw new AssertionError("not failed");
    } catch (CompletionException e) {
      return (RpcException) e.getCause();
    }
  }

  private static void arrive(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
