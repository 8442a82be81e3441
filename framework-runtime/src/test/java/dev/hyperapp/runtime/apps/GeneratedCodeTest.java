package dev.hyperapp.runtime.apps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.node.HttpCall;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.TestHttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime with generated dispatchers and clients: origin gating and typed calls between processes. */
class GeneratedCodeTest {

  private static final ProcessId NOTES = ProcessId.parse("notes:notes:test.os");
  private static final ProcessId RELAY = ProcessId.parse("relay:relay:test.os");

  @TempDir Path work;
  private Node node;

  @AfterEach
  void close() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void originGatingKeepsLocalHandlersFromHttp() throws Exception {
    node = Node.at(work.resolve("home")).name("alice.os")
        .install(AppJars.build("notes/v1", work, "notes-1.jar")).start();

    Reply reply = reply(NOTES, "{\"Count\":null}");

    assertThat(((Reply.Failure) reply).error().code()).isEqualTo(ErrorCode.NOT_ALLOWED);
  }

  @Test
  void aTypedClientStageCompletesOnTheCallersMailbox() throws Exception {
    node = Node.at(work.resolve("home")).name("alice.os")
        .install(AppJars.build("relay", work, "relay.jar")).start();

    assertThat(call(RELAY, "{\"Relay\":21}")).isEqualTo("42");
  }

  @Test
  void blockingOnATypedClientInsideAHandlerFailsClearly() throws Exception {
    node = Node.at(work.resolve("home")).name("alice.os")
        .install(AppJars.build("relay", work, "relay.jar")).start();

    Reply blocked = reply(RELAY, "{\"Blocking\":1}");

    assertThat(((Reply.Failure) blocked).error().code()).isEqualTo(ErrorCode.HANDLER_FAILED);
    assertThat(((Reply.Failure) blocked).error().message()).contains("would deadlock");
    assertThat(call(RELAY, "{\"Relay\":2}")).isEqualTo("4");
  }

  private String call(ProcessId process, String body) throws Exception {
    Reply reply = reply(process, body);
    assertThat(reply).isInstanceOf(Reply.Success.class);
    return new String(((Reply.Success) reply).json(), StandardCharsets.UTF_8);
  }

  private Reply reply(ProcessId process, String body) throws Exception {
    return node.call(process, new HttpCall(new TestHttpRequest(Map.of()),
        body.getBytes(StandardCharsets.UTF_8), null, Optional.empty()))
        .toCompletableFuture().get(20, TimeUnit.SECONDS);
  }
}
