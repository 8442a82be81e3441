package dev.hyperapp.samchat;

import static dev.hyperapp.testkit.TestNodes.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Result;
import dev.hyperapp.samchat.witclient.ChatMessage;
import dev.hyperapp.samchat.witclient.FileInfo;
import dev.hyperapp.samchat.witclient.MessageStatus;
import dev.hyperapp.samchat.witclient.Rejection;
import dev.hyperapp.samchat.witclient.SamchatClient;
import dev.hyperapp.testkit.HyperappTest;
import dev.hyperapp.testkit.TestNode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The client the build generates from samchat's committed WIT ({@code api/}, goal {@code wit-client}),
 * with none of samchat's classes, calls samchat on test-kit nodes linked over loopback TLS.
 */
@HyperappTest(nodes = {"alice.os", "bob.os"}, apps = Samchat.class)
class WitClientCallTest {

  @Test
  void remoteCallsCarryRecordsEnumsAndResultsBothWays(TestNode alice, TestNode bob) {
    SamchatClient bobsSamchat = alice.client(SamchatClient.class, bob);
    String conversation = Conversations.directId("alice.os", "bob.os");

    Result<Boolean, Rejection> accepted = result(bobsSamchat.receiveMessage(message(conversation, "alice.os")));
    Result<Boolean, Rejection> forged = result(bobsSamchat.receiveMessage(message(conversation, "carol.os")));
    Result<FileInfo, String> file = result(bobsSamchat.getRemoteFile("no-such-file"));
    Result<FileInfo, String> part = result(bobsSamchat.getRemoteFilePart("no-such-file", 0, 1));

    assertThat(accepted).isEqualTo(Result.ok(true));
    assertThat(forged).isEqualTo(Result.err(Rejection.INVALID));
    assertThat(file).isEqualTo(Result.err("No such file was shared with alice.os"));
    assertThat(part).isEqualTo(Result.err("No such file was shared with alice.os"));
  }

  @Test
  void localCallsReachTheLocalHandlerFromTheSameNode(TestNode alice, TestNode bob) {
    assertThat(result(bob.client(SamchatClient.class).deliverOutbox())).isNull();
  }

  private static ChatMessage message(String conversation, String sender) {
    return new ChatMessage("m-1", conversation, sender, "hello through the WIT client", 1_700_000_000_000L,
        MessageStatus.SENT, Optional.empty(), Optional.empty(), Map.of());
  }
}
