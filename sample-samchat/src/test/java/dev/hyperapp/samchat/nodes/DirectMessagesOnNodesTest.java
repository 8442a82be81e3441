package dev.hyperapp.samchat.nodes;

import static dev.hyperapp.testkit.TestNodes.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.annotations.Result;
import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.ConversationSummary;
import dev.hyperapp.samchat.MessageStatus;
import dev.hyperapp.samchat.Rejection;
import dev.hyperapp.samchat.Samchat;
import dev.hyperapp.samchat.SamchatClient;
import dev.hyperapp.testkit.HttpSession;
import dev.hyperapp.testkit.TestNode;
import dev.hyperapp.testkit.TestNodes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Direct messages between two real nodes: validation, delivery states, the outbox, order and dedup. */
class DirectMessagesOnNodesTest {

  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os").apps(Samchat.class);

  private TestNode aliceNode;
  private TestNode bobNode;
  private SamchatPage alice;
  private SamchatPage bob;

  @BeforeEach
  void pages() {
    aliceNode = nodes.node("alice.os");
    bobNode = nodes.node("bob.os");
    alice = new SamchatPage(aliceNode);
    bob = new SamchatPage(bobNode);
  }

  static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100));
  }

  @Test
  void sendingIsValidatedWithASentenceForTheUser() {
    assertThat(alice.error("SendMessage", "Bob!", "hi", null)).contains("is not a node name");
    assertThat(alice.error("SendMessage", "bob.os", "   ", null)).isEqualTo("Write a message or attach a file");
    assertThat(alice.error("SendMessage", "alice.os", "me", null)).isEqualTo("That is your own node");
    assertThatThrownBy(() -> alice.http().call(SamchatPage.BASE + "/api", "SendMessage", "bob.os"))
        .isInstanceOfSatisfying(HttpSession.HttpCallFailed.class,
            failed -> assertThat(failed.status()).isEqualTo(400));

    assertThat(alice.conversations()).isEmpty();
    assertThat(bob.conversations()).isEmpty();
  }

  @Test
  void aMessageGoesFromSendingToSentToDeliveredToRead() {
    ChatMessage sent = alice.send("bob.os", "hello bob");
    assertThat(sent.status()).isEqualTo(MessageStatus.SENDING);
    assertThat(sent.recipients()).containsExactly(Map.entry("bob.os", MessageStatus.SENDING));

    eventually().until(() -> statusOnAlice(sent), status -> status == MessageStatus.SENT);
    ConversationSummary onBob = bob.conversation(sent.conversationId()).orElseThrow();
    assertThat(onBob.unread()).isEqualTo(1);
    assertThat(onBob.title()).isEqualTo("alice.os");
    assertThat(onBob.lastMessage().text()).isEqualTo("hello bob");

    // bob's page fetched the conversation list above: the message was shown to him.
    eventually().until(() -> statusOnAlice(sent), status -> status == MessageStatus.DELIVERED);

    assertThat(bob.markRead(sent.conversationId()).unread()).isZero();
    eventually().until(() -> statusOnAlice(sent), status -> status == MessageStatus.READ);
    assertThat(bob.conversation(sent.conversationId()).orElseThrow().unread()).isZero();
  }

  @Test
  void unreadCountsCountEveryMessageUntilTheConversationIsRead() {
    ChatMessage first = alice.send("bob.os", "one");
    alice.send("bob.os", "two");
    alice.send("bob.os", "three");

    eventually().untilAsserted(() ->
        assertThat(bob.conversation(first.conversationId()).orElseThrow().unread()).isEqualTo(3));
    bob.markRead(first.conversationId());
    alice.send("bob.os", "four");

    eventually().untilAsserted(() ->
        assertThat(bob.conversation(first.conversationId()).orElseThrow().unread()).isEqualTo(1));
    assertThat(alice.conversation(first.conversationId()).orElseThrow().unread())
        .as("our own messages are never unread").isZero();
  }

  @Test
  void theOutboxDeliversOnceACutOffPeerIsBack() {
    bobNode.cutOff();

    ChatMessage sent = alice.send("bob.os", "are you there?");

    assertThat(statusOnAlice(sent)).isEqualTo(MessageStatus.SENDING);
    assertThat(bob.conversations()).isEmpty();

    bobNode.restore();

    eventually().untilAsserted(() -> assertThat(bob.messages(sent.conversationId()))
        .extracting(ChatMessage::text).containsExactly("are you there?"));
    eventually().until(() -> statusOnAlice(sent), status -> status == MessageStatus.DELIVERED);
  }

  @Test
  void theOutboxDeliversInOrderOnceAStoppedPeerStartsAgain() {
    ChatMessage before = alice.send("bob.os", "before");
    eventually().until(() -> statusOnAlice(before), status -> status == MessageStatus.SENT);
    bobNode.stop();

    alice.send("bob.os", "while you were away");
    alice.send("bob.os", "and this too");
    bobNode.start();

    eventually().untilAsserted(() -> assertThat(bob.messages(before.conversationId()))
        .extracting(ChatMessage::text).containsExactly("before", "while you were away", "and this too"));
    eventually().untilAsserted(() -> assertThat(alice.messages(before.conversationId()))
        .extracting(ChatMessage::status).containsOnly(MessageStatus.DELIVERED));
  }

  @Test
  void messagesAreOrderedByTimestampOnBothSides() {
    List<String> texts = IntStream.range(0, 12).mapToObj(i -> "message " + i).collect(Collectors.toList());
    String conversation = null;
    for (int i = 0; i < texts.size(); i++) {
      SamchatPage from = i % 3 == 2 ? bob : alice;
      conversation = from.send(from == alice ? "bob.os" : "alice.os", texts.get(i)).conversationId();
    }
    String id = conversation;

    for (SamchatPage page : List.of(alice, bob)) {
      eventually().untilAsserted(() ->
          assertThat(page.messages(id)).extracting(ChatMessage::text).containsExactlyInAnyOrderElementsOf(texts));
      List<ChatMessage> shown = page.messages(id);
      assertThat(shown).extracting(ChatMessage::timestamp).isSorted();
      // Each sender's own messages keep the order they were written in.
      assertThat(shown.stream().filter(m -> m.sender().equals("alice.os")).map(ChatMessage::text))
          .containsExactlyElementsOf(texts.stream().filter(t -> Integer.parseInt(t.substring(8)) % 3 != 2)
              .collect(Collectors.toList()));
    }
  }

  @Test
  void aMessageReceivedTwiceIsKeptOnceAndAForgedSenderIsRefused() {
    ChatMessage sent = alice.send("bob.os", "only once");
    eventually().until(() -> statusOnAlice(sent), status -> status == MessageStatus.SENT);
    SamchatClient bobFromAlice = aliceNode.client(SamchatClient.class, bobNode);

    // alice's node sends the same message again, as an outbox does after a lost reply.
    assertThat(result(bobFromAlice.receiveMessage(sent))).isEqualTo(Result.ok(false));
    ChatMessage claimsCarol = new ChatMessage("forged-1", sent.conversationId(), "carol.os", "hi",
        sent.timestamp(), MessageStatus.SENDING, null, null, Map.of());
    assertThat(result(bobFromAlice.receiveMessage(claimsCarol))).isEqualTo(Result.err(Rejection.INVALID));

    assertThat(bob.messages(sent.conversationId())).extracting(ChatMessage::id).containsExactly(sent.id());
  }

  @Test
  void aReplyQuotesTheMessageItAnswers() {
    ChatMessage question = alice.send("bob.os", "lunch at noon?");
    eventually().until(() -> bob.conversation(question.conversationId()).isPresent());

    ChatMessage answer = bob.reply("alice.os", "yes, see you there", question.id());

    assertThat(answer.replyTo().messageId()).isEqualTo(question.id());
    eventually().untilAsserted(() -> assertThat(alice.messages(question.conversationId()))
        .extracting(ChatMessage::text).containsExactly("lunch at noon?", "yes, see you there"));
    ChatMessage received = alice.messages(question.conversationId()).get(1);
    assertThat(received.replyTo().messageId()).isEqualTo(question.id());
    assertThat(received.replyTo().sender()).isEqualTo("alice.os");
    assertThat(received.replyTo().preview()).isEqualTo("lunch at noon?");
    assertThat(bob.error("SendMessage", "alice.os", "to nothing", "no-such-message"))
        .isNotBlank();
  }

  private MessageStatus statusOnAlice(ChatMessage message) {
    return alice.messages(message.conversationId()).stream()
        .filter(candidate -> candidate.id().equals(message.id()))
        .findFirst().orElseThrow().status();
  }
}
