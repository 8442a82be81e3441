package dev.hyperapp.samchat.nodes;

import static dev.hyperapp.samchat.nodes.DirectMessagesOnNodesTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.MessageStatus;
import dev.hyperapp.samchat.Samchat;
import dev.hyperapp.testkit.TestNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A message that can never reach its peer fails at once instead of waiting in the outbox for a week. */
class FailedDeliveryOnNodesTest {

  /** Links that carry at most 4 KiB, so that a long text is refused by the network itself. */
  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os").apps(Samchat.class)
      .network(config -> config.withMaxMessageSize(4096));

  @Test
  void aMessageTheLinkCannotCarryFailsAndFailsAgainWhenRetried() {
    SamchatPage alice = new SamchatPage(nodes.node("alice.os"));
    SamchatPage bob = new SamchatPage(nodes.node("bob.os"));
    ChatMessage fits = alice.send("bob.os", "short");
    ChatMessage tooLong = alice.send("bob.os", "x".repeat(6000));

    eventually().untilAsserted(() -> assertThat(alice.messages(fits.conversationId()))
        .extracting(ChatMessage::id, ChatMessage::status)
        .containsExactly(tuple(fits.id(), MessageStatus.SENT), tuple(tooLong.id(), MessageStatus.FAILED)));
    assertThat(bob.messages(fits.conversationId())).extracting(ChatMessage::id).containsExactly(fits.id());

    ChatMessage again = alice.retry(tooLong.conversationId(), tooLong.id());

    assertThat(again.status()).isEqualTo(MessageStatus.SENDING);
    eventually().until(() -> alice.messages(fits.conversationId()).get(1).status(),
        status -> status == MessageStatus.FAILED);
  }
}
