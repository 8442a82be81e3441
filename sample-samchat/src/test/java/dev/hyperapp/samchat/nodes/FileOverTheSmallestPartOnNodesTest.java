package dev.hyperapp.samchat.nodes;

import static dev.hyperapp.samchat.nodes.DirectMessagesOnNodesTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.FileInfo;
import dev.hyperapp.samchat.Samchat;
import dev.hyperapp.testkit.TestNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nodes whose peer messages are too small even for the smallest part of a file (64 KiB): the peer
 * asking for one is told which limit stops it, at once, instead of waiting out a timeout.
 */
class FileOverTheSmallestPartOnNodesTest {

  private static final int MESSAGE_LIMIT = 32 * 1024;

  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os").apps(Samchat.class)
      .network(config -> config.withMaxMessageSize(MESSAGE_LIMIT));

  @Test
  void aPeerThatCannotBeSentEvenTheSmallestPartIsToldTheLimit() {
    SamchatPage alice = new SamchatPage(nodes.node("alice.os"));
    SamchatPage bob = new SamchatPage(nodes.node("bob.os"));
    FileInfo photo = alice.upload("cat.jpg", "image/jpeg", new byte[200 * 1024]);
    ChatMessage shared = alice.sendFile("bob.os", photo.fileId(), "the cat");
    eventually().until(() -> bob.conversation(shared.conversationId()).isPresent());

    String answer = new String(bob.download(photo.fileId()).body());

    assertThat(answer).contains("\"Err\"",
        "alice.os cannot send cat.jpg to this node even in parts of 65536 bytes",
        "limit of " + MESSAGE_LIMIT + " bytes");
    assertThat(alice.download(photo.fileId()).body()).hasSize(200 * 1024);
  }
}
