package dev.hyperapp.runtime.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a node's network adds to it: the bound address, the shared dev directory, no network by default. */
class NodeNetworkTest {

  private static final ProcessId PROCESS = ProcessId.parse("counter:counter:test.os");

  @TempDir Path work;

  @Test
  void devNodesShareTheDevDirectoryAndFindEachOther() throws Exception {
    Path shared = work.resolve("dev-directory");
    try (TemporaryProperty devDirectory =
            TemporaryProperty.set(Node.DEV_DIRECTORY_PROPERTY, shared.toString());
        Node alice = devNode("alice.os");
        Node bob = devNode("bob.os")) {
      assertThat(Node.devDirectoryFolder()).isEqualTo(shared);
      assertThat(shared.resolve("alice.os.json")).exists();
      assertThat(shared.resolve("bob.os.json")).exists();
      assertThat(alice.peerAddress().orElseThrow().port()).isPositive();

      Reply reply = request(alice, "bob.os");

      // bob runs no such process: the answer comes from bob's kernel, over the link.
      assertThat(((Reply.Failure) reply).error().code()).isEqualTo(ErrorCode.NO_SUCH_PROCESS);
      assertThat(((Reply.Failure) reply).error().message()).contains("bob.os");
    }
  }

  @Test
  void theDefaultDevDirectoryIsInTheTemporaryFolder() {
    try (TemporaryProperty cleared = TemporaryProperty.set(Node.DEV_DIRECTORY_PROPERTY, null)) {
      assertThat(Node.devDirectoryFolder())
          .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "hyperapp-dev-directory"));
    }
  }

  @Test
  void withoutANetworkEveryOtherNodeIsOffline() throws Exception {
    try (Node alone = Node.at(work.resolve("alone")).name("alone.os").start()) {
      assertThat(alone.network()).isEmpty();
      assertThat(alone.peerAddress()).isEmpty();
      assertThat(Files.exists(work.resolve("alone").resolve("identity"))).isFalse();

      Reply reply = request(alone, "bob.os");

      assertThat(((Reply.Failure) reply).error().code()).isEqualTo(ErrorCode.OFFLINE);
    }
  }

  private Node devNode(String name) {
    return Node.at(work.resolve(name)).name(name).network("127.0.0.1", 0).devDirectory().start();
  }

  private static Reply request(Node from, String to) throws Exception {
    Message message = Message.request(from.kernel().nextMessageId(),
        new Address(from.nodeName(), PROCESS), new Address(to, PROCESS),
        "{\"Get\":null}".getBytes(StandardCharsets.UTF_8));
    return from.kernel().request(message).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
