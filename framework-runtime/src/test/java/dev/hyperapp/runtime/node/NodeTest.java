package dev.hyperapp.runtime.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.runtime.apps.AppBundle;
import dev.hyperapp.runtime.apps.HomepageEntry;
import dev.hyperapp.runtime.apps.WebSocketSink;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.state.NodeDatabase;
import dev.hyperapp.runtime.state.StateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeTest {

  private static final ProcessId COUNTER = ProcessId.parse("counter:counter:test.os");

  @TempDir Path home;
  private Node node;

  @AfterEach
  void close() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void aNewHomeGetsItsLayoutAndKeepsItsName() {
    node = start(SaveMode.EVERY_MESSAGE, 0);
    node.close();

    node = Node.at(home).name("someone-else.os").start();

    assertThat(node.nodeName()).isEqualTo("alice.os");
    assertThat(home.resolve("node.properties")).exists();
    assertThat(home.resolve("node.db")).exists();
    assertThat(home.resolve("apps")).isDirectory();
  }

  @Test
  void httpCallsReachHandlersThroughTheEnvelopeOrByName() throws Exception {
    node = start(SaveMode.EVERY_MESSAGE, 0);

    assertThat(json(call("{\"Add\":2}"))).isEqualTo("2");
    assertThat(json(node.call(COUNTER, new HttpCall(request(Map.of()), bytes("5"), null,
        Optional.of("Add"))).toCompletableFuture().get(10, TimeUnit.SECONDS))).isEqualTo("7");
    assertThat(json(node.call(COUNTER, new HttpCall(request(Map.of("q", "cats")), bytes("\"q\""), null,
        Optional.of("Query"))).toCompletableFuture().get(10, TimeUnit.SECONDS))).isEqualTo("\"cats\"");
  }

  @Test
  void aHandlerAttachesABlobToItsReply() throws Exception {
    node = start(SaveMode.NEVER, 0);

    Reply reply = call("{\"Download\":null}");

    assertThat(json(reply)).isEqualTo("\"sent\"");
    assertThat(((Reply.Success) reply).blob().mime()).isEqualTo("text/plain");
    assertThat(((Reply.Success) reply).blob().bytes()).isEqualTo(bytes("file"));
  }

  @Test
  void failuresComeBackAsStructuredErrors() throws Exception {
    node = start(SaveMode.NEVER, 0);

    Reply boom = call("{\"Boom\":null}");
    Reply missing = node.call(ProcessId.parse("nobody:counter:test.os"),
        new HttpCall(request(Map.of()), bytes("{}"), null, Optional.empty()))
        .toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(((Reply.Failure) boom).error().code()).isEqualTo(ErrorCode.HANDLER_FAILED);
    assertThat(((Reply.Failure) missing).error().code()).isEqualTo(ErrorCode.NO_SUCH_PROCESS);
    assertThat(json(call("{\"Get\":null}"))).isEqualTo("0");
  }

  @Test
  void anAsyncHandlerIsSavedWhenItsStageCompletes() throws Exception {
    node = start(SaveMode.EVERY_MESSAGE, 0);

    assertThat(json(call("{\"Later\":4}"))).isEqualTo("4");

    assertThat(savedCount()).isEqualTo(4);
    // once after the Context.after action (it counts as a message), once when the stage completed
    assertThat(node.stateStore().revision(COUNTER)).isEqualTo(2);
  }

  @Test
  void everyNSecondsSavesOnARealTimerOnlyAfterAChange() throws Exception {
    node = start(SaveMode.EVERY_N_SECONDS, 1);
    assertThat(node.stateStore().revision(COUNTER)).isZero();

    call("{\"Add\":3}");

    await().atMost(Duration.ofSeconds(10)).until(() -> node.stateStore().revision(COUNTER) == 1);
    assertThat(savedCount()).isEqualTo(3);
  }

  @Test
  void closingTheNodeSavesWhatWasNotSavedYet() throws Exception {
    node = start(SaveMode.EVERY_N_MESSAGES, 100);
    call("{\"Add\":3}");
    call("{\"Add\":4}");
    assertThat(node.stateStore().revision(COUNTER)).isZero();

    node.close();
    node = start(SaveMode.EVERY_N_MESSAGES, 100);

    assertThat(json(call("{\"Get\":null}"))).isEqualTo("7");
  }

  @Test
  void aStateThatDoesNotLoadStopsThatAppAndIsLeftUntouched() throws Exception {
    byte[] corrupt = bytes("{\"count\":\"lots\"}");
    try (NodeDatabase database = NodeDatabase.open(home.resolve("node.db"))) {
      new StateStore(database).save(COUNTER, corrupt);
    }

    node = start(SaveMode.EVERY_MESSAGE, 0);

    InstalledApp app = node.app("counter:test.os").orElseThrow();
    assertThat(app.running()).isFalse();
    assertThat(app.failure().orElseThrow())
        .contains("counter:counter:test.os")
        .contains("cannot be loaded")
        .contains(Counter.class.getName());
    assertThat(((Reply.Failure) call("{\"Get\":null}")).error().code())
        .isEqualTo(ErrorCode.NO_SUCH_PROCESS);
    node.close();
    node = null;
    try (NodeDatabase database = NodeDatabase.open(home.resolve("node.db"))) {
      StateStore store = new StateStore(database);
      assertThat(store.load(COUNTER)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(corrupt));
      assertThat(store.revision(COUNTER)).isEqualTo(1);
    }
  }

  @Test
  void theKeyValueStoreOfAPackageOutlivesItsInstall() throws Exception {
    node = start(SaveMode.NEVER, 0);
    call("{\"Remember\":[\"colour\",\"blue\"]}");

    assertThat(node.remove("counter:test.os")).isTrue();
    assertThat(node.apps()).isEmpty();
    node.install(counterApp(SaveMode.NEVER, 0));

    assertThat(json(call("{\"Recall\":\"colour\"}"))).isEqualTo("\"blue\"");
  }

  @Test
  void theHomepageListsAppsThatAddedThemselvesUntilTheyAreRemoved() throws Exception {
    node = start(SaveMode.NEVER, 0);

    call("{\"Home\":null}");

    assertThat(node.homepage()).containsExactly(
        new HomepageEntry(COUNTER, "Counter", "🔢", "/", ""));
    assertThat(node.homepage().get(0).url()).isEqualTo("/counter:counter:test.os/");
    node.remove("counter:test.os");
    assertThat(node.homepage()).isEmpty();
  }

  @Test
  void webSocketEventsReachTheHandlerAndPushesReachTheSink() {
    node = start(SaveMode.NEVER, 0);
    ConcurrentLinkedQueue<String> pushed = new ConcurrentLinkedQueue<>();
    node.attachWebSockets(new WebSocketSink() {
      @Override
      public boolean push(ProcessId process, int channel, String text) {
        return pushed.add(process + " #" + channel + " " + text);
      }

      @Override
      public int broadcast(ProcessId process, String text) {
        pushed.add(process + " all " + text);
        return 1;
      }
    });

    assertThat(node.deliverWebSocket(COUNTER, new WsEvent(3, WsEvent.Kind.TEXT, "hi", null))).isTrue();
    assertThat(node.deliverWebSocket(ProcessId.parse("x:y:z.os"),
        new WsEvent(3, WsEvent.Kind.TEXT, "hi", null))).isFalse();

    await().atMost(Duration.ofSeconds(10))
        .until(() -> pushed.contains("counter:counter:test.os #3 {\"echo\":\"hi\"}"));
  }

  private Node start(SaveMode mode, int every) {
    return Node.at(home).name("alice.os").install(counterApp(mode, every)).start();
  }

  private static AppBundle counterApp(SaveMode mode, int every) {
    return AppBundle.fromClassPath(List.of(new CounterDispatcher(COUNTER.toString(), mode, every)));
  }

  private Reply call(String body) throws Exception {
    return node.call(COUNTER, new HttpCall(request(Map.of()), bytes(body), null, Optional.empty()))
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private int savedCount() throws Exception {
    Counter saved = new dev.hyperapp.runtime.state.StateCodec()
        .readInto(new Counter(), node.stateStore().load(COUNTER).orElseThrow());
    return saved.count;
  }

  private static Context.HttpRequest request(Map<String, String> query) {
    return new TestHttpRequest(query);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(Reply reply) {
    assertThat(reply).isInstanceOf(Reply.Success.class);
    return new String(((Reply.Success) reply).json(), StandardCharsets.UTF_8);
  }
}
