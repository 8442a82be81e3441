package dev.hyperapp.samchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.Result;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.api.rpc.RpcTransport;
import dev.hyperapp.runtime.kernel.Kernel;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.samchat.witclient.ChatMessage;
import dev.hyperapp.samchat.witclient.FileInfo;
import dev.hyperapp.samchat.witclient.MessageStatus;
import dev.hyperapp.samchat.witclient.Rejection;
import dev.hyperapp.samchat.witclient.SamchatClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client the build generates from samchat's committed WIT ({@code api/}, goal {@code wit-client}),
 * with none of samchat's classes, calls samchat on real nodes linked over loopback TLS.
 */
class WitClientCallTest {

  private static final ProcessId CALLER = ProcessId.parse("caller:other-app:test.os");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path work;
  private String previousDirectory;
  private Node alice;
  private Node bob;

  @BeforeEach
  void startNodes() {
    previousDirectory = System.setProperty(Node.DEV_DIRECTORY_PROPERTY, work.resolve("directory").toString());
    bob = Node.at(work.resolve("bob")).name("bob.os").network("127.0.0.1", 0).devDirectory().classPathApps().start();
    alice = Node.at(work.resolve("alice")).name("alice.os").network("127.0.0.1", 0).devDirectory().start();
  }

  @AfterEach
  void stopNodes() {
    alice.close();
    bob.close();
    if (previousDirectory == null) {
      System.clearProperty(Node.DEV_DIRECTORY_PROPERTY);
    } else {
      System.setProperty(Node.DEV_DIRECTORY_PROPERTY, previousDirectory);
    }
  }

  @Test
  void remoteCallsCarryRecordsEnumsAndResultsBothWays() throws Exception {
    SamchatClient bobsSamchat = SamchatClient.at(new KernelTransport(alice.kernel(), CALLER),
        new Address("bob.os", SamchatClient.PROCESS_ID));
    String conversation = Conversations.directId("alice.os", "bob.os");

    Result<Boolean, Rejection> accepted = wait(bobsSamchat.receiveMessage(message(conversation, "alice.os")));
    Result<Boolean, Rejection> forged = wait(bobsSamchat.receiveMessage(message(conversation, "carol.os")));
    Result<FileInfo, String> file = wait(bobsSamchat.getRemoteFile("no-such-file"));

    assertThat(accepted).isEqualTo(Result.ok(true));
    assertThat(forged).isEqualTo(Result.err(Rejection.INVALID));
    assertThat(file).isEqualTo(Result.err("No such file was shared with alice.os"));
  }

  @Test
  void localCallsReachTheLocalHandlerFromTheSameNode() throws Exception {
    SamchatClient samchat = SamchatClient.at(new KernelTransport(bob.kernel(), CALLER),
        new Address("bob.os", SamchatClient.PROCESS_ID));

    assertThat(wait(samchat.deliverOutbox())).isNull();
  }

  private static ChatMessage message(String conversation, String sender) {
    return new ChatMessage("m-1", conversation, sender, "hello through the WIT client", 1_700_000_000_000L,
        MessageStatus.SENT, Optional.empty(), Optional.empty(), Map.of());
  }

  private static <T> T wait(CompletionStage<T> call) throws Exception {
    return call.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Sends as {@code self} straight through a node's kernel, from the test thread (until the test kit has one). */
  private record KernelTransport(Kernel kernel, ProcessId process) implements RpcTransport {

    @Override
    public String ourNode() {
      return kernel.ourNode();
    }

    @Override
    public CompletionStage<RpcReply> request(Address target, byte[] body, Blob blob, Duration timeout) {
      Message message = new Message(kernel.nextMessageId(), self(), target, Optional.of(timeout), body, Map.of(), blob);
      return kernel.request(message).thenCompose(reply -> reply instanceof Reply.Success success
          ? CompletableFuture.completedFuture(new RpcReply(success.json(), success.blob()))
          : CompletableFuture.failedFuture(new RpcException(((Reply.Failure) reply).error())));
    }

    @Override
    public void send(Address target, byte[] body, Blob blob) {
      kernel.send(new Message(kernel.nextMessageId(), self(), target, Optional.empty(), body, Map.of(), blob));
    }

    private Address self() {
      return new Address(kernel.ourNode(), process);
    }
  }
}
