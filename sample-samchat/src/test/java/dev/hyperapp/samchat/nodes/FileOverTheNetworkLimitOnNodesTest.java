package dev.hyperapp.samchat.nodes;

import static dev.hyperapp.samchat.nodes.DirectMessagesOnNodesTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.runtime.net.NetworkConfig;
import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.FileInfo;
import dev.hyperapp.samchat.Samchat;
import dev.hyperapp.testkit.TestNodes;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nodes on the peer network's default settings, whose messages (10 MiB) are smaller than the files
 * samchat accepts (64 MiB): a peer asking for a larger file is told why it cannot have it.
 */
class FileOverTheNetworkLimitOnNodesTest {

  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os").apps(Samchat.class);

  @Test
  void aPeerFetchingAFileOverTheNetworksMessageLimitIsToldTheLimitAtOnce() {
    int limit = NetworkConfig.defaults().maxMessageSize();
    SamchatPage alice = new SamchatPage(nodes.node("alice.os"));
    SamchatPage bob = new SamchatPage(nodes.node("bob.os"));
    FileInfo video = alice.upload("holiday.mp4", "video/mp4", new byte[limit]);
    ChatMessage shared = alice.sendFile("bob.os", video.fileId(), "the whole holiday");
    eventually().until(() -> bob.conversation(shared.conversationId()).isPresent());

    HttpResponse<byte[]> fetched = bob.download(video.fileId());

    // Not a timeout after two minutes: alice's node answers that the reply does not fit.
    assertThat(new String(fetched.body())).contains("\"Err\"",
        "alice.os cannot send holiday.mp4 (" + limit + " bytes) to this node",
        "limit of " + limit + " bytes", "maximum message size must be raised");
    assertThat(alice.download(video.fileId()).body()).hasSize(limit);
  }
}
