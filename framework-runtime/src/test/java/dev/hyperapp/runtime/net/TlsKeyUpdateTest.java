package dev.hyperapp.runtime.net;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.security.Security;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS 1.3 post-handshake messages on busy links: key updates above all, which the JDK sends only
 * after 2^37 bytes under one key, so that no other test sees one. This test runs in a JVM of its own
 * whose security properties lower the limit to 4 KiB ({@code tls-key-updates.security}, the {@code
 * tls-key-updates} execution in the pom): after about every TLS record the sending engine updates its
 * key and asks the peer to update its own, which the peer's link reader answers ({@link
 * TlsChannel}'s read side wraps the answer under the write lock) while senders and writer threads
 * write. The JDK's TLS debug log ({@code -Djavax.net.debug=ssl:handshake}) proves that the updates
 * happened and shows which thread consumed and answered each.
 */
@Timeout(value = 120, unit = SECONDS)
class TlsKeyUpdateTest {

  private static final String KEY_LIMITS = "jdk.tls.keyLimits";
  /** Queues that never fill in these tests, so every message must arrive. */
  private static final NetworkConfig ROOMY = NetworkConfig.defaults().withQueueLimits(1_000_000, 1L << 30);
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  /** Far fewer than the key updates each test causes (hundreds each way), and far more than one. */
  private static final int MANY = 100;

  // What a message is, in the first int of its body; the second is its index.
  private static final int DATA = 0;
  private static final int ACK = 1;
  private static final int REQUEST = 2;
  private static final int REPLY = 3;

  /**
   * Body sizes: up to one TLS record a sending thread writes itself when the link is a conversation
   * (see {@link Connection#writeNow}), larger ones go to the writer thread.
   */
  private static final int[] SIZES = {8, 600, 4_000, 9_000, 16_000, 16_400, 40_000, 70_000};

  private static JsseDebugLog jsse;

  @TempDir Path root;
  private final Map<String, TestNode> nodes = new ConcurrentHashMap<>();
  /** Anything wrong a handler saw, or a link that closed: each test expects none. */
  private final List<String> problems = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void onlyInItsOwnJvm() throws IOException {
    Properties lowered = new Properties();
    try (InputStream in = TlsKeyUpdateTest.class.getResourceAsStream("/tls-key-updates.security")) {
      lowered.load(in);
    }
    assumeTrue(lowered.getProperty(KEY_LIMITS).equals(Security.getProperty(KEY_LIMITS)),
        "runs only in the JVM of the tls-key-updates execution (framework-runtime/pom.xml)");
    jsse = JsseDebugLog.install(text -> text.contains("KeyUpdate") || text.contains("NewSessionTicket"));
  }

  @AfterAll
  static void restoreErr() {
    if (jsse != null) {
      jsse.close();
    }
  }

  @BeforeEach
  void forgetEarlierTests() {
    jsse.clear();
  }

  @AfterEach
  void close() {
    nodes.values().forEach(TestNode::close);
  }

  @Test
  void messagesOfEverySizeArriveIntactAndInOrderWhileKeysChangeAllTheTime() throws Exception {
    BlockingQueue<Integer> acks = new LinkedBlockingQueue<>();
    List<Integer> arrived = new CopyOnWriteArrayList<>();
    TestNode alice = node("alice.os", (peer, message) -> acks.add(checked(message, ACK)));
    node("bob.os", (peer, message) -> {
      // Bob acknowledges each message, so alice hears back and writes small ones herself.
      int index = checked(message, DATA);
      arrived.add(index);
      nodes.get("bob.os").network.send(peer, message(ACK, index, 8));
    });

    // A conversation: each message waits for the previous one's acknowledgement.
    int conversation = 64;
    int writtenBySender = 0;
    for (int i = 0; i < conversation; i++) {
      CompletableFuture<Void> sent = alice.network.send("bob.os", data(i)).toCompletableFuture();
      writtenBySender += sent.isDone() ? 1 : 0;
      assertThat(nextAnswer(acks)).as("the acknowledgement of %d", i).isEqualTo(i);
    }
    // Then a pipeline, which the writer thread batches, with a blob now and then.
    int total = conversation + 200;
    List<CompletableFuture<Void>> pipeline = IntStream.range(conversation, total)
        .mapToObj(i -> alice.network.send("bob.os", data(i)).toCompletableFuture())
        .toList();
    CompletableFuture.allOf(pipeline.toArray(CompletableFuture[]::new)).join();
    await().atMost(PATIENCE).until(() -> !problems.isEmpty() || arrived.size() == total);

    assertThat(problems).isEmpty();
    // A blob streams in chunks, so messages queued behind it may overtake it; the rest keep their order.
    assertThat(arrived).containsExactlyInAnyOrderElementsOf(IntStream.range(0, total).boxed().toList());
    assertThat(arrived.stream().filter(index -> !hasBlob(index)))
        .isEqualTo(IntStream.range(0, total).filter(index -> !hasBlob(index)).boxed().toList());
    assertThat(writtenBySender).as("small messages alice's thread wrote itself").isPositive();
    assertAnswered("alice.os", "bob.os");
    await().atMost(PATIENCE).until(() -> acks.size() == total - conversation);
    acks.clear();
    assertAnsweredAfterwards(alice, "bob.os", DATA, acks);
    // The server's session ticket, a post-handshake message that needs no answer, was read past too.
    assertThat(jsse.count(text -> text.startsWith("Consuming NewSessionTicket"))).isPositive();
  }

  @Test
  void nodesFloodingEachOtherWithRequestsGetEveryReplyInOrderWhileTheirReadersAnswerKeyUpdates()
      throws Exception {
    Map<String, BlockingQueue<Integer>> replies = Map.of(
        "alice.os", new LinkedBlockingQueue<>(), "bob.os", new LinkedBlockingQueue<>());
    TestNode alice = node("alice.os", answering("alice.os", replies.get("alice.os")));
    TestNode bob = node("bob.os", answering("bob.os", replies.get("bob.os")));
    alice.network.connect("bob.os").toCompletableFuture().join();

    int requests = 200;
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService flooders = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture.allOf(
          CompletableFuture.runAsync(() -> flood(start, alice, "bob.os", requests), flooders),
          CompletableFuture.runAsync(() -> flood(start, bob, "alice.os", requests), flooders)).join();
    } finally {
      flooders.shutdown();
    }
    await().atMost(PATIENCE).until(() -> !problems.isEmpty()
        || replies.values().stream().allMatch(queue -> queue.size() == requests));

    assertThat(problems).isEmpty();
    List<Integer> inOrder = IntStream.range(0, requests).boxed().toList();
    assertThat(new ArrayList<>(replies.get("alice.os"))).isEqualTo(inOrder);
    assertThat(new ArrayList<>(replies.get("bob.os"))).isEqualTo(inOrder);
    assertAnswered("alice.os", "bob.os");
    assertAnswered("bob.os", "alice.os");
    replies.values().forEach(BlockingQueue::clear);
    assertAnsweredAfterwards(alice, "bob.os", REQUEST, replies.get("alice.os"));
    assertAnsweredAfterwards(bob, "alice.os", REQUEST, replies.get("bob.os"));
  }

  @Test
  void aKeyUpdateAskedForAfterOurSendingSideIsShutIsLeftUnansweredAndReadingGoesOn() throws Exception {
    try (ServerSocketChannel server =
        ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      SocketChannel dialed = SocketChannel.open(server.getLocalAddress());
      SocketChannel accepted = server.accept();
      TlsChannel alice = new TlsChannel(dialed,
          tls("alice.os").clientSide((InetSocketAddress) dialed.getRemoteAddress(), "bob.os"));
      TlsChannel bob = new TlsChannel(accepted,
          tls("bob.os").serverSide((InetSocketAddress) accepted.getRemoteAddress()));
      try (alice; bob) {
        CompletableFuture<Void> bobShakesHands = CompletableFuture.runAsync(() -> handshake(bob));
        handshake(alice);
        bobShakesHands.join();

        // As after bob's goodbye: bob sends nothing more, and reads on until alice closes.
        bob.shutdownOutput();
        // Alice changes her key every 4 KiB and asks bob to change his, which he cannot send.
        byte[] data = bytes(7, 256 * 1024);
        CompletableFuture<Void> aliceWrites = CompletableFuture.runAsync(() -> {
          try {
            alice.output().write(data);
            // Not closed: what alice has not read (bob's session ticket) would reset the connection.
            alice.shutdownOutput();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });

        assertThat(bob.input().readAllBytes()).isEqualTo(data);
        aliceWrites.join();
      }
    }
    Predicate<String> requested =
        text -> text.startsWith("Consuming KeyUpdate") && text.contains("update_requested");
    assertThat(jsse.count(requested)).as("key updates bob was asked for").isGreaterThan(1);
  }

  private LinkTls tls(String name) throws IOException {
    NodeIdentity identity = NodeIdentity.loadOrCreate(root.resolve(name), name);
    Directory directory = Directory.open(root.resolve(name), root.resolve("shared"));
    IdentityRecord record = identity.record(List.of());
    directory.publish(record);
    return new LinkTls(identity, record, directory);
  }

  private static void handshake(TlsChannel channel) {
    try {
      channel.handshake(PATIENCE.toNanos());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestNode node(String name, MessageHandler handler) throws IOException {
    TestNode node = TestNode.start(root.resolve(name), name, root.resolve("shared"), ROOMY,
        new MessageHandler() {
          @Override
          public void onMessage(String peer, PeerMessage message) {
            handler.onMessage(peer, message);
          }

          @Override
          public void onLinkClosed(String peer, String reason) {
            problems.add(name + "'s link to " + peer + " closed: " + reason);
          }
        });
    nodes.put(name, node);
    return node;
  }

  /** Answers each request with a reply, from the link reader; collects the replies it gets. */
  private MessageHandler answering(String self, BlockingQueue<Integer> replies) {
    return (peer, message) -> {
      int kind = kind(message);
      int index = checked(message, kind);
      if (kind == REQUEST) {
        nodes.get(self).network.send(peer, message(REPLY, index, SIZES[(index * 3) % SIZES.length]))
            .whenComplete((sent, error) -> {
              if (error != null) {
                problems.add(self + " could not reply to " + index + ": " + error);
              }
            });
      } else {
        replies.add(index);
      }
    };
  }

  private static void flood(CyclicBarrier start, TestNode from, String to, int requests) {
    try {
      start.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    // Requests of up to about one TLS record; the replies are of every size.
    for (int i = 0; i < requests; i++) {
      from.network.send(to, message(REQUEST, i, SIZES[i % 6]));
    }
  }

  /** After all that, one more round trip: sends a message of {@code kind} and waits for its answer. */
  private void assertAnsweredAfterwards(TestNode from, String to, int kind, BlockingQueue<Integer> answers)
      throws InterruptedException {
    int index = 1_000_000;
    from.network.send(to, message(kind, index, 100)).toCompletableFuture().join();
    assertThat(nextAnswer(answers)).as("the answer to the last message").isEqualTo(index);
  }

  /** The next answer to arrive; fails as soon as something went wrong instead. */
  private int nextAnswer(BlockingQueue<Integer> answers) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() - deadline < 0) {
      Integer answer = answers.poll(10, MILLISECONDS);
      if (answer != null) {
        return answer;
      }
      assertThat(problems).isEmpty();
    }
    throw new AssertionError("No answer within " + PATIENCE);
  }

  /**
   * Asserts that {@code receiver}'s link reader for {@code sender} consumed many key updates that
   * asked for one back and produced as many: it answered while the link was busy.
   */
  private static void assertAnswered(String sender, String receiver) {
    String reader = "hyperapp-link-" + sender + "-reader";
    Predicate<String> requested =
        text -> text.startsWith("Consuming KeyUpdate") && text.contains("update_requested");
    assertThat(jsse.count(reader, requested))
        .as("key updates from %s that %s's reader consumed", sender, receiver)
        .isGreaterThan(MANY);
    assertThat(jsse.count(reader, text -> text.startsWith("Produced KeyUpdate")))
        .as("key updates that %s's reader produced", receiver)
        .isGreaterThan(MANY);
  }

  private static PeerMessage data(int index) {
    PeerMessage message = message(DATA, index, SIZES[index % SIZES.length]);
    return hasBlob(index) ? new PeerMessage(message.header(), message.body(), blob(index)) : message;
  }

  private static boolean hasBlob(int index) {
    return index % 50 == 49;
  }

  private static Blob blob(int index) {
    return new Blob("application/octet-stream", bytes(~seed(DATA, index), 128 * 1024));
  }

  /** A message of {@code kind} whose body, after the kind and index, is bytes that follow from them. */
  private static PeerMessage message(int kind, int index, int size) {
    byte[] body = bytes(seed(kind, index), size);
    ByteBuffer.wrap(body).putInt(kind).putInt(index);
    return new PeerMessage(new byte[] {'k'}, body);
  }

  private static int kind(PeerMessage message) {
    return ByteBuffer.wrap(message.body()).getInt();
  }

  /**
   * The index of a message of {@code kind}, after checking that every byte is what was sent; a
   * damaged message is noted as a problem.
   */
  private int checked(PeerMessage message, int kind) {
    ByteBuffer body = ByteBuffer.wrap(message.body());
    int index = body.getInt(4);
    boolean intact = kind(message) == kind
        && Arrays.equals(message.body(), message(kind, index, message.body().length).body())
        && (message.blob() == null || Arrays.equals(message.blob().bytes(), blob(index).bytes()));
    if (!intact) {
      problems.add("message " + index + " of kind " + kind(message) + " arrived damaged");
    }
    return index;
  }

  private static long seed(int kind, int index) {
    return ((long) kind << 32) | index;
  }

  private static byte[] bytes(long seed, int size) {
    byte[] bytes = new byte[size];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }
}
