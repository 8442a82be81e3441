package dev.hyperapp.samchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectMessagesTest {

  private final ChatNetwork network = new ChatNetwork("alice.os", "bob.os", "carol.os");
  private final Chat alice = network.chat("alice.os");
  private final Chat bob = network.chat("bob.os");

  @Test
  void bothNodesNameADirectConversationTheSame() {
    assertThat(Conversations.directId("alice.os", "bob.os"))
        .isEqualTo(Conversations.directId("bob.os", "alice.os"))
        .isNotEqualTo(Conversations.directId("alice.os", "carol.os"));

    ChatMessage sent = alice.send("bob.os", "hi", null, null, network.now).orElseThrow();
    network.deliverAll();

    assertThat(bob.messages(sent.conversationId()).orElseThrow()).extracting(ChatMessage::id)
        .containsExactly(sent.id());
    assertThat(alice.conversations()).singleElement()
        .satisfies(summary -> {
          assertThat(summary.kind()).isEqualTo(ConversationKind.DIRECT);
          assertThat(summary.title()).isEqualTo("bob.os");
          assertThat(summary.participants()).containsExactly("alice.os", "bob.os");
        });
    assertThat(bob.conversations()).singleElement()
        .satisfies(summary -> assertThat(summary.title()).isEqualTo("alice.os"));
  }

  @Test
  void sendingIsValidatedWithErrorsNotExceptions() {
    assertThat(error(alice.send("Bob!", "hi", null, null, network.now)))
        .isEqualTo("'Bob!' is not a node name; node names look like bob.os");
    assertThat(error(alice.send("", "hi", null, null, network.now))).contains("not a node name");
    assertThat(error(alice.send("bob.os", "   ", null, null, network.now)))
        .isEqualTo("Write a message or attach a file");
    assertThat(error(alice.send("bob.os", null, null, null, network.now)))
        .isEqualTo("Write a message or attach a file");
    assertThat(error(alice.send("alice.os", "me", null, null, network.now)))
        .isEqualTo("That is your own node");
    assertThat(error(alice.send("bob.os", "x".repeat(Chat.LONGEST_TEXT + 1), null, null,
        network.now))).contains("the limit is " + Chat.LONGEST_TEXT);
    assertThat(error(alice.send("bob.os", "hi", null, "4b8e1a5c-0000-4000-8000-000000000000",
        network.now))).isEqualTo("Upload the file before sending it");

    assertThat(alice.conversations()).as("a refused message starts no conversation").isEmpty();
    assertThat(alice.outbox().entries()).isEmpty();
  }

  @Test
  void nodeNamesAreTrimmedAndLowerCased() {
    ChatMessage sent = alice.send("  Bob.OS ", " hi ", null, null, network.now).orElseThrow();

    assertThat(sent.conversationId()).isEqualTo(Conversations.directId("alice.os", "bob.os"));
    assertThat(sent.text()).isEqualTo("hi");
  }

  @Test
  void aNewMessageIsSendingAndQueuedForItsRecipient() {
    ChatMessage sent = alice.send("bob.os", "hi", null, null, network.now).orElseThrow();

    assertThat(sent.status()).isEqualTo(MessageStatus.SENDING);
    assertThat(sent.sender()).isEqualTo("alice.os");
    assertThat(sent.recipients()).containsExactly(Map.entry("bob.os", MessageStatus.SENDING));
    assertThat(alice.outbox().entries()).singleElement().satisfies(entry -> {
      assertThat(entry.kind()).isEqualTo(DeliveryKind.MESSAGE);
      assertThat(entry.peer()).isEqualTo("bob.os");
      assertThat(entry.messageIds()).containsExactly(sent.id());
    });
  }

  @Test
  void statusGoesFromSendingToSentToDeliveredToRead() {
    ChatMessage sent = alice.send("bob.os", "hi", null, null, network.now).orElseThrow();
    String conversation = sent.conversationId();

    network.deliverAll();
    assertThat(status(alice, conversation, sent.id())).isEqualTo(MessageStatus.SENT);
    assertThat(status(bob, conversation, sent.id())).isEqualTo(MessageStatus.SENT);
    assertThat(bob.conversations().get(0).unread()).isEqualTo(1);

    bob.displayed(null, network.now);
    assertThat(status(bob, conversation, sent.id())).isEqualTo(MessageStatus.DELIVERED);
    network.deliverAll();
    assertThat(status(alice, conversation, sent.id())).isEqualTo(MessageStatus.DELIVERED);
    assertThat(bob.conversations().get(0).unread()).as("shown is not read").isEqualTo(1);

    ConversationSummary read = bob.markRead(conversation, network.now).orElseThrow();
    assertThat(read.unread()).isZero();
    network.deliverAll();
    assertThat(status(alice, conversation, sent.id())).isEqualTo(MessageStatus.READ);
    assertThat(alice.outbox().entries()).isEmpty();
    assertThat(bob.outbox().entries()).isEmpty();
  }

  @Test
  void readingBeforeTheDeliveredReceiptLeftSendsOnlyTheReadOne() {
    ChatMessage sent = alice.send("bob.os", "hi", null, null, network.now).orElseThrow();
    network.deliverAll();

    bob.displayed(sent.conversationId(), network.now);
    bob.markRead(sent.conversationId(), network.now);

    assertThat(bob.outbox().entries()).singleElement()
        .satisfies(entry -> assertThat(entry.kind()).isEqualTo(DeliveryKind.READ_RECEIPT));
    network.deliverAll();
    assertThat(status(alice, sent.conversationId(), sent.id())).isEqualTo(MessageStatus.READ);
  }

  @Test
  void statusesNeverGoBackwards() {
    ChatMessage sent = alice.send("bob.os", "hi", null, null, network.now).orElseThrow();
    network.deliverAll();
    Receipt read = new Receipt(sent.conversationId(), List.of(sent.id()), MessageStatus.READ);
    Receipt delivered = new Receipt(sent.conversationId(), List.of(sent.id()), MessageStatus.DELIVERED);

    assertThat(alice.applyReceipt("bob.os", read).orElseThrow()).isTrue();
    assertThat(alice.applyReceipt("bob.os", delivered).orElseThrow()).isFalse();
    assertThat(status(alice, sent.conversationId(), sent.id())).isEqualTo(MessageStatus.READ);
  }

  @Test
  void receiptsOnlyMoveTheMessagesTheyMayMove() {
    ChatMessage sent = alice.send("bob.os", "hi", null, null, network.now).orElseThrow();
    network.deliverAll();
    Receipt read = new Receipt(sent.conversationId(), List.of(sent.id()), MessageStatus.READ);

    assertThat(alice.applyReceipt("carol.os", read).orElseThrow())
        .as("carol is not a recipient").isFalse();
    assertThat(alice.applyReceipt("bob.os",
        new Receipt(sent.conversationId(), List.of(sent.id()), MessageStatus.SENDING)))
        .isEqualTo(Result.err(Rejection.INVALID));
    assertThat(alice.applyReceipt("bob.os", new Receipt("dm:nobody", List.of("x"),
        MessageStatus.READ)).orElseThrow()).isFalse();
    assertThat(status(alice, sent.conversationId(), sent.id())).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void messagesAreOrderedByTimestampAndKeptOncePerId() {
    String conversation = Conversations.directId("alice.os", "bob.os");
    ChatMessage later = incoming("m-2", conversation, 2_000);
    ChatMessage earlier = incoming("m-1", conversation, 1_000);
    ChatMessage sameTime = incoming("m-0", conversation, 2_000);

    assertThat(alice.receive("bob.os", later, network.now).orElseThrow()).isTrue();
    assertThat(alice.receive("bob.os", earlier, network.now).orElseThrow()).isTrue();
    assertThat(alice.receive("bob.os", sameTime, network.now).orElseThrow()).isTrue();
    assertThat(alice.receive("bob.os", later, network.now).orElseThrow())
        .as("a message received twice is accepted without a copy").isFalse();

    assertThat(alice.messages(conversation).orElseThrow()).extracting(ChatMessage::id)
        .containsExactly("m-1", "m-0", "m-2");
    assertThat(alice.conversations().get(0).unread()).isEqualTo(3);
    assertThat(alice.conversations().get(0).lastMessage().id()).isEqualTo("m-2");
  }

  @Test
  void ourOwnTimestampsAlwaysIncreaseEvenIfTheClockGoesBack() {
    ChatMessage first = alice.send("bob.os", "one", null, null, 5_000).orElseThrow();
    ChatMessage second = alice.send("bob.os", "two", null, null, 5_000).orElseThrow();
    ChatMessage third = alice.send("bob.os", "three", null, null, 4_000).orElseThrow();

    assertThat(List.of(first.timestamp(), second.timestamp(), third.timestamp()))
        .containsExactly(5_000L, 5_001L, 5_002L);
    assertThat(alice.messages(first.conversationId()).orElseThrow()).extracting(ChatMessage::text)
        .containsExactly("one", "two", "three");
  }

  @Test
  void aMessageMustComeFromItsSenderAndBelongToTheirConversation() {
    String ours = Conversations.directId("alice.os", "bob.os");

    assertThat(alice.receive("carol.os", incoming("m", ours, 1), network.now))
        .as("carol cannot speak for bob").isEqualTo(Result.err(Rejection.INVALID));
    assertThat(alice.receive("bob.os",
        incoming("m", Conversations.directId("bob.os", "carol.os"), 1), network.now))
        .as("bob cannot write into another pair's conversation").isEqualTo(Result.err(Rejection.INVALID));
    assertThat(alice.receive("bob.os", incoming("m", "group:unknown", 1), network.now))
        .isEqualTo(Result.err(Rejection.UNKNOWN_CONVERSATION));
    ChatMessage empty = new ChatMessage("m", ours, "bob.os", " ", 1, MessageStatus.SENT, null, null,
        Map.of());
    assertThat(alice.receive("bob.os", empty, network.now)).isEqualTo(Result.err(Rejection.INVALID));
    ChatMessage longQuote = new ChatMessage("m", ours, "bob.os", "hi", 1, MessageStatus.SENT,
        new ReplyTo("q", "alice.os", "x".repeat(Chat.PREVIEW_LENGTH + 1)), null, Map.of());
    assertThat(alice.receive("bob.os", longQuote, network.now)).isEqualTo(Result.err(Rejection.INVALID));
    ChatMessage fromUs = new ChatMessage("m", ours, "alice.os", "hi", 1, MessageStatus.SENT, null,
        null, Map.of());
    assertThat(alice.receive("alice.os", fromUs, network.now)).isEqualTo(Result.err(Rejection.INVALID));
    assertThat(alice.conversations()).isEmpty();
  }

  @Test
  void aReplyMayNameThePeerInsteadOfTheConversation() {
    ChatMessage question = alice.send("bob.os", "lunch?", null, null, network.now).orElseThrow();
    network.deliverAll();

    ChatMessage answer = bob.send("alice.os", "yes", question.id(), null, network.now).orElseThrow();

    assertThat(answer.conversationId()).isEqualTo(question.conversationId());
    assertThat(answer.replyTo().messageId()).isEqualTo(question.id());
    assertThat(error(bob.send("carol.os", "yes", question.id(), null, network.now)))
        .isEqualTo("The message you reply to is not in this conversation");
  }

  @Test
  void aReplyQuotesTheStartOfTheMessageItAnswers() {
    ChatMessage question = alice.send("bob.os", "q".repeat(500), null, null, network.now)
        .orElseThrow();
    network.deliverAll();

    ChatMessage answer = bob.send(question.conversationId(), "yes", question.id(), null, network.now)
        .orElseThrow();
    network.deliverAll();

    ReplyTo quote = answer.replyTo();
    assertThat(quote.messageId()).isEqualTo(question.id());
    assertThat(quote.sender()).isEqualTo("alice.os");
    assertThat(quote.preview()).hasSize(Chat.PREVIEW_LENGTH).endsWith("…");
    assertThat(alice.messages(question.conversationId()).orElseThrow())
        .filteredOn(message -> message.id().equals(answer.id()))
        .singleElement()
        .satisfies(received -> assertThat(received.replyTo()).isEqualTo(quote));
    assertThat(error(bob.send(question.conversationId(), "no", "not-there", null, network.now)))
        .isEqualTo("The message you reply to is not in this conversation");
  }

  @Test
  void sendingIntoAnUnknownConversationIdIsRefused() {
    assertThat(error(alice.send("group:nope", "hi", null, null, network.now)))
        .contains("not a node name");
    assertThat(error(alice.messages("nope"))).isEqualTo("No such conversation");
    assertThat(error(alice.markRead("nope", network.now))).isEqualTo("No such conversation");
  }

  @Test
  void thePageIsToldOfNewMessagesAndStatusChangesOncePerConversation() {
    ChatMessage first = alice.send("bob.os", "one", null, null, network.now).orElseThrow();
    ChatMessage second = alice.send("bob.os", "two", null, null, network.now).orElseThrow();

    assertThat(alice.takeUpdates()).singleElement().satisfies(update -> {
      assertThat(update.type()).isEqualTo("update");
      assertThat(update.conversation().id()).isEqualTo(first.conversationId());
      assertThat(update.messages()).containsExactly(first, second);
    });
    assertThat(alice.takeUpdates()).as("told once").isEmpty();

    network.deliverAll();
    assertThat(alice.takeUpdates()).singleElement().satisfies(update -> assertThat(update.messages())
        .extracting(ChatMessage::status).containsExactly(MessageStatus.SENT, MessageStatus.SENT));
    assertThat(bob.takeUpdates()).singleElement().satisfies(update -> {
      assertThat(update.conversation().unread()).isEqualTo(2);
      assertThat(update.messages()).extracting(ChatMessage::text).containsExactly("one", "two");
    });
  }

  static MessageStatus status(Chat chat, String conversation, String messageId) {
    return chat.messages(conversation).orElseThrow().stream()
        .filter(message -> message.id().equals(messageId))
        .findFirst()
        .orElseThrow()
        .status();
  }

  static <T> String error(Result<T, String> result) {
    assertThat(result).isInstanceOf(Result.Err.class);
    return ((Result.Err<T, String>) result).error();
  }

  private static ChatMessage incoming(String id, String conversation, long timestamp) {
    return new ChatMessage(id, conversation, "bob.os", "text " + id, timestamp,
        MessageStatus.SENDING, null, null, Map.of("alice.os", MessageStatus.SENDING));
  }
}
